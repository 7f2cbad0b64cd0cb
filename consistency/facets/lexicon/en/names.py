"""Words of personal and organisation names: particles, titles, suffixes, organisation heads, first names by gender."""

NAME_PARTICLES = frozenset({"de", "del", "della", "der", "van", "von", "da", "di", "du", "la", "le", "bin", "al"})
"""Lower-case particles of personal names ("Ursula von der Leyen", "Mohammed bin Salman")."""

NAME_CONNECTORS = frozenset({"of", "the", "and"})
"""Lower-case words inside organisation names ("Bank of England", "Diario del Ebro")."""

QUANTIFIERS = frozenset("several some many few other both all these those various most".split())
"""Words that open a description of a group ("Several officials"), capitalised only at a sentence start."""

NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
"""Person-name suffixes, ignored when comparing names."""

NAME_FUNCTION_WORDS = frozenset("of for at in from with by on to about into over under and or the a an".split())
"""Prepositions, articles and conjunctions: before a run of capitalised words they make it part of a longer
name ("Department of Justice"), and acronyms leave them out."""

TITLE_WORDS: frozenset[str] = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sen sen. senator rep rep. representative
    representatives congressman congresswoman congressmember gov gov. governor lt lt. gov
    president vice vice-president attorney general secretary leader speaker minister prime chief
    director ambassador judge justice chairman chairwoman chair chairperson spokesman spokeswoman
    spokesperson press former acting deputy majority minority whip mayor commissioner sheriff
    officer professor coach ceo executive founder chancellor king queen prince princess pope duke duchess earl countess emir archbishop
    candidate nominee adviser advisor aide manager strategist analyst economist pollster
    correspondent reporter editor anchor host columnist author lawyer attorney counsel
    gen gen. general col col. colonel maj maj. major sgt sgt. capt capt. captain adm adm. admiral
    commander cmdr cmdr. cdr cdr. constable superintendent supt supt. inspector insp insp. detective
    det det. lieutenant sergeant corporal cpl premier dist dist. atty atty. const const. ofc ofc. asst asst.
    dep dep. amb amb. hon hon. pres pres. pvt pvt. brig brig. fr fr. sens sens. reps reps.
    rev rev. reverend father sister brother retired st. saint sir dame lord lady
    datuk dato dato' datin seri tunku tengku tuanku sheikh shaikh haji hajji
    us u.s. u.s us. usa uk u.k. house senate white democratic democrat republican
    gop state federal national campaign administration department
    russian american british chinese french german mexican canadian iranian israeli syrian
    iraqi turkish ukrainian indian japanese korean saudi
    top senior vice-presidential presidential
    producer promoter presenter curator headteacher headmaster headmistress principal vicar bishop rabbi imam
    pastor trainer skipper goalkeeper striker midfielder defender pilot surgeon doctor nurse paramedic
    """.split()
)
"""Titles and role words stripped in front of a person's name."""

TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    "gov sen sens rep reps gen col maj lt capt cmdr sgt cpl pvt adm brig dr mr mrs ms prof rev fr supt insp det const "
    "ofc dist atty asst dep amb hon pres".split()
)
"""Titles written short with a full stop before a name ("Dist. Atty. Steve Cooley", "Const. Tim Fanning"): no
sentence ends at the stop, and the name after it is the person's."""

HONORIFICS: frozenset[str] = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. sen sen. senator rep rep. gov gov. governor president
    secretary speaker leader minister ambassador judge justice chairman chairwoman spokesman
    spokeswoman spokesperson mayor general gen gen. col. lt. maj. sgt. capt. adm. rev. reverend
    director attorney candidate nominee manager adviser advisor aide professor prof. coach
    congressman congresswoman commissioner sheriff officer chief commander cmdr cmdr. constable
    superintendent inspector detective lieutenant sergeant
    producer promoter presenter curator headteacher headmaster headmistress principal vicar bishop rabbi imam
    pastor trainer skipper goalkeeper striker midfielder defender pilot surgeon doctor nurse paramedic
    """.split()
)
"""Honorific and role words that, right before a single name, mark it as a person ("Mr. Trump", "producer Hugo
Lamb")."""

OUTLET_DESCRIPTIONS: frozenset[str] = frozenset(
    {"publication", "newspaper", "magazine", "website", "broadcaster", "tabloid", "outlet"})
"""Words that describe the name after them as a news outlet ("trade publication Variety")."""

WEB_SUFFIXES: tuple[str, ...] = (".com", ".org", ".net", ".co.uk", ".com.au")
"""Endings of a site's name that are no part of the name ("EW.com" is EW)."""

REFLEXIVE_PRONOUNS: frozenset[str] = frozenset({"himself", "herself", "themselves", "itself"})
"""Words after a name that are no part of it ("DeGeneres herself")."""

NEWS_OUTLET_WORDS: frozenset[str] = frozenset(
    """
    post times journal news press observer tribune herald telegraph guardian gazette review
    chronicle network magazine daily weekly radio television tv channel mail
    """.split()
)
"""Last words of a news outlet's name ("Washington Post", "Mehr News Agency" has "news" inside)."""

ORG_HEAD_WORDS: frozenset[str] = NEWS_OUTLET_WORDS | frozenset(
    """
    department ministry office agency committee commission bureau council party campaign
    administration government company corporation corp corp. inc inc. llc ltd group association
    institute foundation center centre university college school court house senate congress
    service services board bank fund union organization organisation motors directorate inspectorate secretariat regulator
    police guard army navy military force forces authority authorities hospital airline airlines airways
    """.split()
)
"""Last words that make a name an organisation (titles in front of these are never stripped)."""

BODY_NOUNS: frozenset[str] = frozenset(
    """
    newspaper paper tabloid broadcaster outlet website station firm carrier airline insurer regulator
    lender retailer manufacturer maker operator
    """.split()
)
"""Common nouns that, right before a name, say it is a body, not a person ("the regional newspaper X")."""

UMBRELLA_BODIES: frozenset[str] = frozenset({
    "authorities", "authority", "government", "administration", "company", "corporation", "corp", "corp.", "group",
    "inc", "inc.", "llc", "ltd", "organization", "organisation",
})
"""Heads of bodies that may hold the other ("the government" and its ministry, "the company" and its bank or airline):
two bodies told by one of these may be one."""

WRITTEN_SOURCES: frozenset[str] = frozenset(
    """
    rankings ranking reports estimates figures data polls surveys records documents filings studies statistics
    tallies counts projections forecasts calculations tables lists
    """.split()
)
"""Plural nouns of written sources: "several wealth rankings" say where a figure is from, not that people withheld
their names."""

DEMONYM_SUFFIXES: tuple[str, ...] = ("ians", "ans", "is", "ns", "s")
"""Endings that turn a place into its people, as a source ("Iran" -> "Iranians", "Saudi" -> "Saudis")."""

PLACE_OF_ADJECTIVE: dict[str, str] = {
    "afghan": "afghanistan", "albanian": "albania", "algerian": "algeria", "american": "america",
    "argentine": "argentina", "argentinian": "argentina", "armenian": "armenia", "australian": "australia",
    "austrian": "austria", "azerbaijani": "azerbaijan", "bangladeshi": "bangladesh", "belarusian": "belarus",
    "belgian": "belgium", "bolivian": "bolivia", "bosnian": "bosnia", "brazilian": "brazil", "british": "britain",
    "bulgarian": "bulgaria", "burmese": "myanmar", "cambodian": "cambodia", "cameroonian": "cameroon",
    "canadian": "canada", "chilean": "chile", "chinese": "china", "colombian": "colombia", "congolese": "congo",
    "croatian": "croatia", "cuban": "cuba", "cypriot": "cyprus", "czech": "czechia", "danish": "denmark",
    "dutch": "netherlands", "ecuadorian": "ecuador", "egyptian": "egypt", "english": "england",
    "eritrean": "eritrea", "estonian": "estonia", "ethiopian": "ethiopia", "european": "europe",
    "filipino": "philippines", "finnish": "finland", "french": "france", "german": "germany",
    "ghanaian": "ghana", "greek": "greece", "guatemalan": "guatemala", "haitian": "haiti", "honduran": "honduras",
    "hungarian": "hungary", "icelandic": "iceland", "indian": "india", "indonesian": "indonesia", "iranian": "iran",
    "iraqi": "iraq", "irish": "ireland", "israeli": "israel", "italian": "italy", "jamaican": "jamaica",
    "japanese": "japan", "jordanian": "jordan", "kazakh": "kazakhstan", "kenyan": "kenya", "korean": "korea",
    "kosovar": "kosovo", "kuwaiti": "kuwait", "latvian": "latvia", "lebanese": "lebanon", "libyan": "libya",
    "lithuanian": "lithuania", "malaysian": "malaysia", "maltese": "malta", "mexican": "mexico",
    "moldovan": "moldova", "mongolian": "mongolia", "moroccan": "morocco", "mozambican": "mozambique",
    "nepalese": "nepal", "nepali": "nepal", "nigerian": "nigeria", "norwegian": "norway", "pakistani": "pakistan",
    "palestinian": "palestine", "panamanian": "panama", "peruvian": "peru", "polish": "poland",
    "portuguese": "portugal", "qatari": "qatar", "romanian": "romania", "russian": "russia", "rwandan": "rwanda",
    "saudi": "saudi arabia", "scottish": "scotland", "senegalese": "senegal", "serbian": "serbia",
    "singaporean": "singapore", "slovak": "slovakia", "slovenian": "slovenia", "somali": "somalia",
    "spanish": "spain", "sudanese": "sudan", "swedish": "sweden", "swiss": "switzerland",
    "syrian": "syria", "taiwanese": "taiwan", "tanzanian": "tanzania", "thai": "thailand", "tunisian": "tunisia",
    "turkish": "turkey", "ugandan": "uganda", "ukrainian": "ukraine", "uruguayan": "uruguay", "uzbek": "uzbekistan",
    "venezuelan": "venezuela", "vietnamese": "vietnam", "welsh": "wales", "yemeni": "yemen", "zambian": "zambia",
    "zimbabwean": "zimbabwe",
}
"""A country's adjective and the country it names: "the Irish Data Protection Commission" is "Ireland's Data
Protection Commission"."""

SPOKESPERSON_WORDS: frozenset[str] = frozenset({"spokesman", "spokeswoman", "spokesperson"})
"""Who speaks for a body on the record when official or an office's own ("the prime minister's official spokesman")."""

SPEAKER_ROLE_NOUNS: frozenset[str] = frozenset(
    """
    spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople official officials officer officers
    representative representatives
    """.split()
)
"""Nouns that say someone speaks for a body, not which body ("a police spokesman": only "police" tells)."""

ROLE_NOUNS: frozenset[str] = frozenset(w for w in TITLE_WORDS | SPEAKER_ROLE_NOUNS if "." not in w) - frozenset(
    """
    mr mrs ms miss dr prof sen rep lt gov vice former acting deputy majority minority press retired us usa uk house
    senate white democratic democrat republican gop state federal national campaign administration department top
    senior presidential vice-presidential russian american british chinese french german mexican canadian iranian
    israeli syrian iraqi turkish ukrainian indian japanese korean saudi st saint sir dame lord lady hon pres pvt
    brig fr sens reps rev asst dep amb dist atty const ofc gen col maj sgt capt adm cmdr cdr supt insp det cpl u
    """.split()
)
"""Nouns of an office written before a name ("race director", "police spokesman", "coach"): one office, one holder."""

OFFICES: dict[str, str] = {
    word: group for group, words in {
        "judge": "judge justice magistrate coroner",
        "lawyer": "lawyer attorney counsel barrister solicitor advocate",
        "prosecutor": "prosecutor",
        "executive": "ceo executive",
        "minister": "minister secretary",
        "coach": "coach trainer",
        "pacemaker": "pacemaker pacer",
        "agent": "agent",
        "mayor": "mayor",
        "governor": "governor",
        "director": "director",
        "manager": "manager",
        "chairman": "chairman chairwoman chair chairperson",
        "president": "president",
        "captain": "captain skipper",
        "pilot": "pilot",
        "doctor": "doctor surgeon physician",
        "nurse": "nurse",
        "teacher": "teacher headteacher headmaster headmistress principal",
        "witness": "witness",
        "victim": "victim",
        "founder": "founder",
        "economist": "economist",
        "analyst": "analyst",
        "professor": "professor",
    }.items() for word in words.split()
}
"""Offices and callings one speaker holds, by the group of words that name one of them ("attorney", "barrister"): a
quotation credited to the judge and to the prosecutor is credited to two people. Words any holder may go by
("head", "boss", "chief", "leader", "official", "spokesman") are in no group: they clash with nothing."""

METONYM_BODIES: tuple[str, ...] = (
    "white house", "kremlin", "downing street", "number 10", "no 10", "pentagon", "scotland yard", "met",
    "met police", "whitehall", "city hall", "elysee", "\u00e9lys\u00e9e", "vatican", "holy see", "blue house",
    "foggy bottom", "quai d'orsay", "capitol hill", "westminster", "brussels", "beijing", "moscow", "washington",
)
"""Places and buildings that stand for a body whose officers they do not name ("a White House spokesman" may speak
for the president, "a Pentagon spokesman" for the defense secretary)."""

STANDS_FOR: dict[str, tuple[str, ...]] = {
    "beijing": ("china", "chinese"), "moscow": ("russia", "russian"), "kremlin": ("russia", "russian", "putin"),
    "washington": ("united states", "u.s.", "us", "america", "american"), "white house": ("united states", "u.s.",
    "us", "american"), "pentagon": ("defense department", "department of defense", "defense secretary", "u.s. military",
    "united states", "u.s.", "us"),
    "brussels": ("european", "eu", "nato", "belgium", "belgian"), "tehran": ("iran", "iranian"),
    "pyongyang": ("north korea", "north korean", "kcna"), "seoul": ("south korea", "south korean"),
    "tokyo": ("japan", "japanese"), "kyiv": ("ukraine", "ukrainian"), "kiev": ("ukraine", "ukrainian"),
    "london": ("britain", "british", "united kingdom", "uk", "u.k."), "downing street": ("britain", "british", "uk",
    "u.k."), "whitehall": ("britain", "british", "uk", "u.k."), "paris": ("france", "french"),
    "elysee": ("france", "french"), "berlin": ("germany", "german"), "ankara": ("turkey", "turkish"),
    "jerusalem": ("israel", "israeli"), "new delhi": ("india", "indian"), "islamabad": ("pakistan", "pakistani"),
    "kabul": ("afghanistan", "afghan", "taliban"), "damascus": ("syria", "syrian"), "baghdad": ("iraq", "iraqi"),
    "riyadh": ("saudi", "saudis"), "cairo": ("egypt", "egyptian"), "caracas": ("venezuela", "venezuelan"),
    "havana": ("cuba", "cuban"), "ottawa": ("canada", "canadian"), "canberra": ("australia", "australian"),
    "taipei": ("taiwan", "taiwanese"), "minsk": ("belarus", "belarusian"), "rome": ("italy", "italian"),
    "madrid": ("spain", "spanish"), "warsaw": ("poland", "polish"), "manila": ("philippines", "philippine"),
    "hanoi": ("vietnam", "vietnamese"), "beirut": ("lebanon", "lebanese"), "doha": ("qatar", "qatari"),
    "vatican": ("pope", "holy see", "catholic"), "holy see": ("vatican", "pope"),
    "scotland yard": ("metropolitan police", "met police", "met"), "langley": ("cia", "central intelligence agency"),
    "foggy bottom": ("state department", "department of state"),
}
"""Capitals and buildings that stand for a state or a body ("Beijing said" for China, "the Pentagon" for the
Defense Department), with the words of what they stand for: a clash with a source that has one of them is a
metonym, not two sources."""

STATE_NEWS_AGENCIES: dict[str, tuple[str, ...]] = {
    "kcna": ("north korea", "north korean", "pyongyang"), "xinhua": ("china", "chinese", "beijing"),
    "tass": ("russia", "russian", "kremlin", "moscow"), "irna": ("iran", "iranian", "tehran"),
}
"""State news agencies, by the last word of their names ("state news agency KCNA"), with the words of the state whose
word they carry: the state against its agency is a relay, not two sources."""

GENERIC_ORG_WORDS: frozenset[str] = frozenset(
    """
    the of for and on in at a an to department ministry office agency committee commission bureau
    council administration government us u.s. u.s usa united states national federal state
    inc inc. corp corp. co co. llc ltd company
    """.split()
)
"""Words that do not tell two organisations apart ("Justice Department" ~ "Department of Justice")."""

FIRST_NAME_GENDER: dict[str, str] = {
    **{n: "m" for n in """
        jeff jefferson jeffrey donald mike michael bob robert bill william jim james tom thomas
        john jack joe joseph barack bernie ted paul mitch chuck charles sergei vladimir george
        richard rick dick steve steven stephen david dan daniel mark chris christopher tim
        timothy kevin brian eric jason josh joshua ryan peter matt matthew andrew gary larry
        rudy rudolph newt marco rand reince sean corey mitt jeb
        ben benjamin sam samuel frank henry harry ron ronald scott keith kenneth ken greg
        gregory anthony tony nick nicholas adam alan allen al roger gerald jerry howard bruce
        """.split()},
    **{n: "f" for n in """
        nancy hillary sarah sara elizabeth liz michelle kellyanne jill hope huma donna debbie
        deborah karen susan sue mary patricia linda barbara jennifer jessica maria lisa amy
        anna angela laura emily rachel kate katherine catherine margaret dianne diane kamala
        sheryl loretta condoleezza madeleine theresa teresa angela marine ivanka melania
        chelsea tulsi nikki sally samantha janet carly jane julia julie ann anne helen
        """.split()},
}
"""A modest first-name -> gender ("m" | "f") table, to keep "she" off a man and "he" off a woman."""

FEMALE_WORDS: frozenset[str] = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "spokeswoman", "congresswoman", "chairwoman", "businesswoman",
     "queen", "princess", "lady", "dame", "sister", "wife", "mother", "daughter", "woman"}
)
"""Words next to a name that say the person is a woman."""

MALE_WORDS: frozenset[str] = frozenset(
    {"mr", "mr.", "spokesman", "congressman", "chairman", "businessman", "king", "prince", "lord",
     "sir", "father", "brother", "husband", "son", "man"}
)
"""Words next to a name that say the person is a man."""
