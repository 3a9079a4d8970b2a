package nl.kring.cli;

import java.lang.reflect.Constructor;

import picocli.CommandLine;

import nl.kring.message.Texts;

/**
 * Makes picocli's command objects, handing each the texts of the chosen language through its constructor
 * when it asks for them ({@code Command(Texts texts)}); other classes (mixins) are made as picocli would.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final Texts texts;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Texts texts) {
        this.texts = texts;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> constructor = type.getDeclaredConstructor(Texts.class);
            constructor.setAccessible(true);
            return constructor.newInstance(texts);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
    }
}
