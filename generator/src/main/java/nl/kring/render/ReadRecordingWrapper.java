package nl.kring.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.StringModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import nl.kring.model.ContentItem;

/**
 * FreeMarker's default object wrapper, which also notes, for the page being rendered on this thread, which
 * accessors of content items the template reads (see {@link ShownParts}). Outside {@link #startRecording} it notes
 * nothing; items behave exactly as with the default wrapper.
 */
final class ReadRecordingWrapper extends DefaultObjectWrapper {

    private final ThreadLocal<ShownParts.Recorder> recorder = new ThreadLocal<>();

    ReadRecordingWrapper() {
        super(Configuration.VERSION_2_3_34);
    }

    /** Notes, until {@link #stopRecording}, what this thread's rendering (one page) reads of content items. */
    ShownParts.Recorder startRecording() {
        ShownParts.Recorder into = new ShownParts.Recorder();
        recorder.set(into);
        return into;
    }

    void stopRecording() {
        recorder.remove();
    }

    /** This thread's recorder, or null when it is not recording. */
    ShownParts.Recorder recorder() {
        return recorder.get();
    }

    /** Makes {@code next} (null: none) this thread's recorder; returns the one before it. */
    ShownParts.Recorder swapRecorder(ShownParts.Recorder next) {
        ShownParts.Recorder before = recorder.get();
        if (next == null) {
            recorder.remove();
        } else {
            recorder.set(next);
        }
        return before;
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        return object instanceof ContentItem ? new ItemModel(object, this) : super.handleUnknownType(object);
    }

    private void read(Object item, String name) {
        ShownParts.Recorder into = recorder.get();
        if (into != null) {
            into.read(item.getClass(), name);
        }
    }

    private void readEverything() {
        ShownParts.Recorder into = recorder.get();
        if (into != null) {
            into.readEverything();
        }
    }

    /**
     * A content item as the default wrapper shows it (a {@code GenericObjectModel}: {@code group.name()} and
     * {@code group.name}), with every way in noted.
     */
    private final class ItemModel extends StringModel implements MethodCallAwareTemplateHashModel {

        ItemModel(Object item, BeansWrapper wrapper) {
            super(item, wrapper);
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            read(object, key);
            return super.get(key);
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException,
                ShouldNotBeGetAsMethodException {
            read(object, key);
            return super.getBeforeMethodCall(key);
        }

        @Override
        public String getAsString() {
            readEverything();
            return super.getAsString();
        }

        @Override
        public int size() {
            readEverything();
            return super.size();
        }

        @Override
        public TemplateCollectionModel keys() {
            readEverything();
            return super.keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            readEverything();
            return super.values();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            readEverything();  // handed to Java, which may read anything
            return super.getAdaptedObject(hint);
        }

        @Override
        public Object getWrappedObject() {
            readEverything();
            return super.getWrappedObject();
        }
    }
}
