package nl.kring.bench;

import java.util.List;

/**
 * The words a synthetic group or story on one topic is made of, so that a search for a topic's
 * words finds groups whose texts are really about it. The slugs are those of the sample's
 * {@code topics.yml}, which the corpus copies.
 *
 * @param slug      the topic slug
 * @param names     bases for group names ("Rouwcafé" becomes "Rouwcafé Heerveen")
 * @param audiences who a group on this topic is for
 * @param subjects  what the group talks about, for summaries and bullet lists
 * @param sentences sentences for the body of a group or story
 * @param related   slugs of topics a group on this topic often also covers ("dementie" and "mantelzorg")
 */
record TopicWords(String slug, List<String> related, List<String> names, List<String> audiences,
                  List<String> subjects, List<String> sentences) {

    private static TopicWords of(String slug, String related, String names, String audiences, String subjects,
                                 String sentences) {
        return new TopicWords(slug, List.of(related.split(" ")), split(names), split(audiences), split(subjects),
                split(sentences));
    }

    private static List<String> split(String list) {
        return List.of(list.split("\\s*\\|\\s*"));
    }

    /** All topics, in the order of topics.yml. */
    static final List<TopicWords> ALL = List.of(
            of("rouw", "eenzaamheid kanker scheiding",
                    "Rouwgroep | Rouwcafé | Lotgenotengroep rouwverwerking | Rouwwandeling | Weduwen en weduwnaars | Nabestaandengroep | Verder na verlies",
                    "Iedereen die rouwt om een dierbare | Weduwen en weduwnaars | Ouders die een kind hebben verloren | Volwassenen die een ouder hebben verloren | Jonge nabestaanden",
                    "het verlies van je partner | rouwverwerking in je eigen tempo | de eerste feestdagen zonder je dierbare | omgaan met onbegrip van je omgeving | herinneringen ophalen en delen | slapeloosheid en verdriet | weer je weg vinden na het afscheid",
                    "Na het overlijden van een dierbare lijkt de wereld gewoon door te draaien, terwijl jij stilstaat. | Rouw heeft geen vaste volgorde en geen einddatum. | Veel nabestaanden merken dat de mensen om hen heen na een paar maanden niet meer vragen hoe het gaat. | In de groep mag je verdriet er gewoon zijn, ook als het verlies al jaren geleden is. | Sommige deelnemers komen één keer, anderen blijven een jaar of langer. | We steken aan het begin een kaarsje aan voor wie we missen."),
            of("kanker", "rouw chronische-ziekte mantelzorg",
                    "Lotgenotengroep borstkanker | Prostaatkanker lotgenoten | Leven met kanker | Inloophuis kanker | Jong en kanker | Na kanker verder",
                    "Mensen met kanker en hun naasten | Vrouwen met borstkanker | Mannen met prostaatkanker | Jongvolwassenen met kanker | Partners van mensen met kanker",
                    "de diagnose en de eerste weken daarna | chemotherapie en bestraling | vermoeidheid na de behandeling | terugkeer naar werk | angst voor terugkeer van de ziekte | praten met je kinderen over kanker | je lichaam na een operatie",
                    "Kanker zet je leven op zijn kop, ook als de behandeling goed is gegaan. | In ziekenhuizen gaat het vooral over de behandeling; hier gaat het over jou. | Deelnemers wisselen tips uit over vermoeidheid, voeding en werk. | Je hoeft niets te vertellen wat je niet wilt. | De oncologieverpleegkundige van het ziekenhuis schuift soms aan voor vragen. | Een kankerpatiënt weet vaak beter dan wie ook wat een ander bedoelt."),
            of("dementie", "mantelzorg",
                    "Alzheimer Café | Partners van mensen met dementie | Dementiecafé | Ontmoetingsgroep dementie | Jonge mensen met dementie | Mantelzorgers dementie",
                    "Mensen met dementie en hun mantelzorgers | Partners van mensen met dementie | Kinderen van een ouder met dementie | Mensen met beginnende geheugenproblemen",
                    "de eerste signalen van dementie | omgaan met veranderd gedrag | dagbesteding en respijtzorg | de casemanager dementie | wonen in een verpleeghuis | geheugenproblemen in het dagelijks leven | afscheid nemen terwijl iemand er nog is",
                    "Dementie raakt niet alleen de persoon zelf, maar het hele gezin. | Elke avond heeft een thema, en daarna is er ruimte voor vragen en gesprek. | Een geriater, casemanager of notaris vertelt soms kort over een onderwerp. | Je bent welkom met of zonder je naaste met dementie. | Veel mantelzorgers zeggen na afloop dat ze zich eindelijk begrepen voelen. | Er is koffie, thee en ruimte om gewoon even bij te praten."),
            of("mantelzorg", "dementie hersenletsel psychische-klachten burn-out",
                    "Mantelzorgcafé | Gespreksgroep mantelzorgers | Jonge mantelzorgers | Mantelzorg en werk | Even op adem | Zorgen voor een naaste",
                    "Mantelzorgers van een partner, ouder of kind | Jonge mantelzorgers van 16 tot 25 jaar | Werkende mantelzorgers | Ouders van een kind met een beperking",
                    "grenzen stellen in de zorg | overbelasting herkennen | respijtzorg en logeeropvang | mantelzorg combineren met werk | regelzaken en indicaties | schuldgevoel en boosheid | tijd voor jezelf",
                    "Mantelzorgers zorgen vaak jarenlang voor een ander en vergeten zichzelf. | Hier mag het even over jou gaan in plaats van over degene voor wie je zorgt. | Deelnemers delen praktische tips over regelingen, vervoer en hulpmiddelen. | De mantelzorgconsulent van de gemeente komt een paar keer per jaar langs. | Niemand hoeft uit te leggen hoe zwaar het soms is. | Veel mantelzorgers merken pas in de groep hoe moe ze eigenlijk zijn."),
            of("verslaving", "geldzorgen psychische-klachten",
                    "AA-groep | Al-Anon familiegroep | Gespreksgroep gokproblemen | Herstelgroep verslaving | Samen nuchter | Partners van verslaafden",
                    "Mensen die willen stoppen met drinken | Partners en familie van verslaafden | Mensen met gokproblemen | Iedereen die herstelt van een verslaving",
                    "de drang om te drinken of te gokken | eerlijk worden tegenover je familie | terugval en opnieuw beginnen | herstel dag voor dag | schulden door gokken | grenzen stellen als partner",
                    "Verslaving is een ziekte waar je je niet voor hoeft te schamen. | In de groep zitten mensen die weten hoe het is om steeds weer te willen stoppen. | Anoniem meedoen kan: je noemt alleen je voornaam. | Een ervaringsdeskundige met jaren herstel leidt de bijeenkomst. | Partners en kinderen hebben vaak net zo veel steun nodig als de verslaafde zelf. | Terugval hoort bij herstel en is nooit een reden om weg te blijven."),
            of("geldzorgen", "verslaving scheiding eenzaamheid",
                    "Grip op geld | Schuldencafé | Samen uit de schulden | Budgetgroep | Geldzorgen gespreksgroep | Rondkomen met weinig",
                    "Mensen met schulden of geldzorgen | Alleenstaande ouders die moeilijk rondkomen | Iedereen die grip wil krijgen op zijn geld | Mensen in de schuldhulpverlening",
                    "overzicht in je rekeningen en post | praten met schuldeisers en de deurwaarder | schuldhulpverlening aanvragen | besparen op boodschappen en energie | schaamte over geldproblemen | financiële zorgen en slaap",
                    "Geldzorgen houden je dag en nacht bezig en maken je eenzaam. | Schulden kunnen iedereen overkomen: door een scheiding, ziekte of een baan die wegvalt. | Een vrijwilliger van de schuldhulpverlening helpt met een overzicht van je financiële situatie. | We praten niet alleen over geld, maar ook over wat de zorgen met je doen. | Je neemt je post mee en samen zoeken we uit wat eerst moet. | Wat je vertelt, blijft in de groep."),
            of("psychische-klachten", "burn-out eenzaamheid autisme",
                    "Gespreksgroep depressie | Angst en paniek | Herstelgroep psychische kwetsbaarheid | Somberheid de baas | Herstelcafé | Samen sterker bij angst",
                    "Volwassenen met depressie of somberheid | Mensen met angst- en paniekklachten | Iedereen die werkt aan herstel na een psychische crisis | Naasten van mensen met psychische klachten",
                    "somberheid en weinig energie | paniekaanvallen en vermijden | herstel na een opname | medicijnen en hun bijwerkingen | praten met je werkgever | een dagritme opbouwen | je eigen signalen herkennen",
                    "Psychische klachten zie je niet aan de buitenkant, en dat maakt het vaak eenzaam. | In de groep ontmoet je mensen die weten hoe een slechte dag voelt. | De groep is geen therapie, maar een plek om ervaringen te delen. | Veel deelnemers hebben naast de groep ook een behandelaar in de ggz. | We beginnen met een rondje: hoe gaat het vandaag echt? | Kleine stappen tellen hier ook."),
            of("opvoeden", "autisme scheiding",
                    "Ouders van pubers | Moeders in gesprek | Opvoeden in twee culturen | Vaders in gesprek | Ouders van kinderen met ADHD | Alleenstaande ouders",
                    "Ouders en opvoeders | Moeders van jonge kinderen | Ouders van tieners | Alleenstaande ouders | Ouders die in Nederland opgroeiden en elders geboren zijn",
                    "grenzen stellen en ruzie thuis | schermtijd en sociale media | school en huiswerk | opvoeden na een scheiding | de puberteit van je kind | hulp vragen aan familie en school",
                    "Opvoeden gaat niet vanzelf, en dat hoeft ook niet. | Andere ouders herkennen wat je meemaakt en hebben vaak verrassend goede tips. | Er is altijd koffie en thee, en voor de kleintjes is er opvang. | Elke keer kiezen de ouders zelf een onderwerp. | Een jeugdverpleegkundige schuift af en toe aan voor vragen. | Hier oordeelt niemand over hoe jij het doet."),
            of("chronische-ziekte", "diabetes burn-out eenzaamheid",
                    "Reuma gespreksgroep | Leven met chronische pijn | MS lotgenoten | Fibromyalgie lotgenoten | Longcovid ontmoetingsgroep | Chronisch ziek en werk",
                    "Mensen met een chronische ziekte | Mensen met reuma of fibromyalgie | Mensen met MS en hun partners | Mensen met langdurige klachten na corona",
                    "leven met pijn en vermoeidheid | je energie verdelen over de dag | werk en uitkering | onbegrip van de omgeving | hulpmiddelen en aanpassingen | een nieuwe balans vinden",
                    "Een chronische ziekte gaat niet meer over, en dat vraagt veel van je. | Je omgeving ziet vaak niet hoeveel energie een gewone dag kost. | In de groep delen we tips over pijn, vermoeidheid en het regelen van hulp. | Soms is er een spreker, zoals een fysiotherapeut of reumaverpleegkundige. | De bijeenkomsten zijn kort, met een pauze, zodat iedereen mee kan doen. | Je mag altijd even gaan liggen of eerder weggaan."),
            of("hersenletsel", "mantelzorg chronische-ziekte",
                    "NAH ontmoetingsgroep | Na een beroerte | Hersenletsel café | Partners van mensen met NAH | Jongeren met hersenletsel",
                    "Mensen met niet-aangeboren hersenletsel | Mensen na een beroerte of herseninfarct | Partners en naasten van mensen met NAH",
                    "vermoeidheid en prikkels | veranderd gedrag na hersenletsel | concentratie en geheugen | revalidatie en daarna | relaties na een beroerte | weer leren plannen",
                    "Na hersenletsel ziet de buitenwereld vaak niets, terwijl alles anders is. | Prikkels, vermoeidheid en concentratie zijn vaste thema's in de groep. | We houden de groep klein en rustig, met een pauze halverwege. | Partners zijn welkom in een eigen groep op dezelfde avond. | Een ervaringsdeskundige met NAH begeleidt de bijeenkomsten. | Je leert van anderen hoe zij hun dag indelen."),
            of("autisme", "opvoeden psychische-klachten",
                    "Volwassenen met autisme | ADHD café | Ouders van kinderen met autisme | Autisme ontmoetingsgroep | Vrouwen met ADHD | Prikkelarm ontmoeten",
                    "Volwassenen met autisme | Volwassenen met ADHD of ADD | Ouders van kinderen met autisme of ADHD | Partners van mensen met autisme",
                    "prikkels en overprikkeling | werk en studie | relaties en vriendschappen | een late diagnose | structuur in je dag | school en begeleiding voor je kind",
                    "Veel deelnemers kregen pas als volwassene de diagnose autisme of ADHD. | De groep is prikkelarm: een rustige ruimte, geen muziek en duidelijke afspraken. | Je mag zelf bepalen of je iets vertelt of alleen luistert. | We sturen vooraf het programma, zodat je weet wat je kunt verwachten. | Herkenning is voor veel mensen het belangrijkste. | Tips over werk, huishouden en contact met anderen komen vaak aan bod."),
            of("eenzaamheid", "rouw psychische-klachten",
                    "Kom d'r bij | Samen eten | Koffie met kolen | Wandelgroep samen op pad | Huiskamer | Ontmoetingsochtend",
                    "Iedereen die zich alleen voelt | Ouderen die weinig contact hebben | Mensen die nieuw zijn in de buurt | Alleenstaanden van alle leeftijden",
                    "nieuwe mensen leren kennen | samen iets ondernemen | de stap zetten om naar buiten te gaan | vriendschap op latere leeftijd | de feestdagen alleen",
                    "Eenzaamheid kan iedereen overkomen, jong of oud. | We doen samen iets: wandelen, koken, een spelletje of gewoon koffie drinken. | Je hoeft niet te praten over eenzaamheid als je dat niet wilt. | Een vrijwilliger ontvangt je bij de deur, zodat je niet alleen binnenkomt. | Uit de groep zijn al veel vriendschappen ontstaan. | Wie slecht ter been is, kan vaak worden opgehaald."),
            of("scheiding", "opvoeden geldzorgen",
                    "Gescheiden en nu verder | Scheiding gespreksgroep | Co-ouders in gesprek | Na de breuk | Kinderen en scheiding",
                    "Mensen die gaan scheiden of gescheiden zijn | Co-ouders | Ouders van kinderen van gescheiden ouders",
                    "verdriet en boosheid na een scheiding | co-ouderschap en afspraken | de kinderen helpen | opnieuw beginnen in een nieuw huis | geld en regelzaken na de echtscheiding",
                    "Een scheiding is een verlies, ook als je er zelf voor kiest. | In de groep praat je met mensen die midden in hetzelfde proces zitten. | Het gaat over verdriet, boosheid en over de kinderen. | Juridisch advies geven we niet, wel ervaringen en adressen. | Deelnemers zeggen dat ze in de groep weer vooruit durven te kijken. | Het is fijn om te horen hoe anderen het co-ouderschap regelen."),
            of("diabetes", "chronische-ziekte",
                    "Diabetes type 1 jongvolwassenen | Diabetes gespreksgroep | Leven met suikerziekte | Diabetescafé | Samen bewegen met diabetes",
                    "Mensen met diabetes type 1 of type 2 | Jongvolwassenen met diabetes type 1 | Ouders van kinderen met diabetes",
                    "insuline en bloedsuiker meten | eten en koolhydraten | sporten met diabetes | diabetes op je werk of school | hypo's en de angst daarvoor | nieuwe hulpmiddelen zoals de sensor",
                    "Diabetes vraagt elke dag aandacht, ook als je er geen zin in hebt. | Deelnemers delen tips over eten, bewegen en het meten van je bloedsuiker. | Een diabetesverpleegkundige komt een paar keer per jaar vertellen over nieuwe hulpmiddelen. | Het is fijn om met anderen te praten die weten wat een hypo is. | We wandelen soms samen voordat we gaan praten. | Iedereen is welkom, ook als je net de diagnose hebt gekregen."),
            of("burn-out", "psychische-klachten",
                    "Burn-out herstelgroep | Overspannen en nu? | Werkstress gespreksgroep | Herstellen van een burn-out | Weer aan het werk",
                    "Mensen met een burn-out | Mensen die overspannen thuis zitten | Iedereen die werkt aan re-integratie | Zelfstandigen met werkstress",
                    "grenzen aangeven op je werk | rust nemen zonder schuldgevoel | re-integratie en de bedrijfsarts | perfectionisme loslaten | weer energie opbouwen | piekeren en slecht slapen",
                    "Een burn-out overkomt juist mensen die hard werken en veel willen. | In de groep hoef je niet uit te leggen waarom je zo moe bent. | We praten over grenzen, rust en de weg terug naar werk. | De bijeenkomsten zijn rustig en kort, met ruimte voor stilte. | Sommige deelnemers zijn al weer aan het werk en vertellen hoe dat ging. | Herstel kost tijd, en dat is niet erg."));

    static TopicWords of(String slug) {
        for (TopicWords words : ALL) {
            if (words.slug.equals(slug)) {
                return words;
            }
        }
        throw new IllegalArgumentException("no words for topic " + slug);
    }
}
