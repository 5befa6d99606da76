//! The message catalog: every message in every language, side by side so none can be left out (the
//! macro will not compile an entry that lacks a language). `{0}`, `{1}`, … are filled by
//! [`super::tf`]. Keep each entry on one line with plain literals (no escapes): scripts/i18n-words.mjs
//! reads this file to make the browser's word files.

#[cfg(not(target_arch = "wasm32"))]
use super::Lang;

macro_rules! catalog {
    ($( $key:ident { en: $en:literal, he: $he:literal, de: $de:literal, es: $es:literal } )*) => {
        /// A message of the UI; its English text is its documentation.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg {
            $( #[doc = $en] $key, )*
        }

        impl Msg {
            /// Every message (for tests).
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];

            /// The message in English, the one language the browser build carries.
            pub fn english(self) -> &'static str {
                match self {
                    $( Msg::$key => $en, )*
                }
            }

            /// The message in `lang`, from the literals here. Only host builds carry the other
            /// languages; the browser fetches them (`super::words`, made from this file by
            /// scripts/i18n-words.mjs).
            #[cfg(not(target_arch = "wasm32"))]
            pub fn built_in(self, lang: Lang) -> &'static str {
                match self {
                    $( Msg::$key => match lang { Lang::En => $en, Lang::He => $he, Lang::De => $de, Lang::Es => $es }, )*
                }
            }
        }
    };
}

catalog! {
    // The frame.
    SkipToContent { en: "Skip to content", he: "דילוג לתוכן", de: "Zum Inhalt springen", es: "Saltar al contenido" }
    Tagline { en: "Entry and interactive-video analytics", he: "ניתוח נתוני צפייה בפריטים ובסרטונים אינטראקטיביים", de: "Analysen für Einträge und interaktive Videos", es: "Analítica de entradas y vídeos interactivos" }
    SessionExpiredEmbedded { en: "Your session has expired. Your portal has been asked to sign you in again; the dashboard reloads when it sends a new session.", he: "תוקף ההתחברות פג. הפורטל התבקש לחבר אותך מחדש; לוח הבקרה ייטען שוב כשיתקבל חיבור חדש.", de: "Ihre Sitzung ist abgelaufen. Ihr Portal wurde gebeten, Sie erneut anzumelden; das Dashboard lädt neu, sobald es eine neue Sitzung sendet.", es: "Su sesión ha caducado. Se ha pedido a su portal que vuelva a iniciar su sesión; el panel se recargará cuando envíe una nueva sesión." }
    SessionExpiredStandalone { en: "Your session has expired or is not valid. Open the dashboard again from your video portal, or with a new KS.", he: "תוקף ההתחברות פג או שאינה תקפה. פתחו שוב את לוח הבקרה מפורטל הווידאו, או עם KS חדש.", de: "Ihre Sitzung ist abgelaufen oder ungültig. Öffnen Sie das Dashboard erneut aus Ihrem Videoportal oder mit einer neuen KS.", es: "Su sesión ha caducado o no es válida. Vuelva a abrir el panel desde su portal de vídeo o con una KS nueva." }
    HomeIntro { en: "See how people watch one media entry — highlights, views across the video, engagement per user, countries, devices and domains — and how they move through an interactive video.", he: "ראו איך צופים בפריט מדיה — נקודות עיקריות, צפיות לאורך הסרטון, מעורבות לכל משתמש, מדינות, מכשירים ודומיינים — ואיך נעים בתוך סרטון אינטראקטיבי.", de: "Sehen Sie, wie ein Medieneintrag angesehen wird — Überblick, Aufrufe über das Video, Engagement je Nutzer, Länder, Geräte und Domains — und wie sich Zuschauer durch ein interaktives Video bewegen.", es: "Vea cómo se mira una entrada multimedia — aspectos destacados, vistas a lo largo del vídeo, participación por usuario, países, dispositivos y dominios — y cómo se recorre un vídeo interactivo." }
    HomeHowTo { en: "Open a dashboard with a link of the form /entry/<entry id> or, for an interactive video, /interactive/<path id>.", he: "פתחו לוח בקרה בקישור מהצורה ‎/entry/<entry id>‎ או, לסרטון אינטראקטיבי, ‎/interactive/<path id>‎.", de: "Öffnen Sie ein Dashboard mit einem Link der Form /entry/<entry id> oder, für ein interaktives Video, /interactive/<path id>.", es: "Abra un panel con un enlace de la forma /entry/<entry id> o, para un vídeo interactivo, /interactive/<path id>." }
    PageNotFound { en: "Page not found", he: "הדף לא נמצא", de: "Seite nicht gefunden", es: "Página no encontrada" }
    PageNotFoundText { en: "This address does not match any dashboard.", he: "כתובת זו אינה מתאימה לאף לוח בקרה.", de: "Diese Adresse passt zu keinem Dashboard.", es: "Esta dirección no corresponde a ningún panel." }
    GoToStart { en: "Go to the start page", he: "לדף הפתיחה", de: "Zur Startseite", es: "Ir a la página de inicio" }
    Language { en: "Language", he: "שפה", de: "Sprache", es: "Idioma" }
    WordsNotLoaded { en: "The texts of the chosen language could not be loaded ({0}), so the dashboard is shown in English.", he: "לא ניתן היה לטעון את הטקסטים של השפה שנבחרה ({0}), ולכן לוח הבקרה מוצג באנגלית.", de: "Die Texte der gewählten Sprache konnten nicht geladen werden ({0}), daher wird das Dashboard auf Englisch angezeigt.", es: "No se pudieron cargar los textos del idioma elegido ({0}), así que el panel se muestra en inglés." }

    // The page header.
    KindInteractive { en: "Interactive video", he: "סרטון אינטראקטיבי", de: "Interaktives Video", es: "Vídeo interactivo" }
    KindVideo { en: "Video", he: "וידאו", de: "Video", es: "Vídeo" }
    KindAudio { en: "Audio", he: "שמע", de: "Audio", es: "Audio" }
    KindImage { en: "Image", he: "תמונה", de: "Bild", es: "Imagen" }
    KindEntry { en: "Entry", he: "פריט", de: "Eintrag", es: "Entrada" }
    Owner { en: "Owner: {0}", he: "בעלים: {0}", de: "Eigentümer: {0}", es: "Propietario: {0}" }
    EntryNamed { en: "Entry {0}", he: "פריט {0}", de: "Eintrag {0}", es: "Entrada {0}" }
    Connecting { en: "Connecting to your video portal…", he: "מתחבר לפורטל הווידאו…", de: "Verbindung zu Ihrem Videoportal…", es: "Conectando con su portal de vídeo…" }
    NotConnected { en: "Could not connect to your video portal", he: "לא ניתן היה להתחבר לפורטל הווידאו", de: "Keine Verbindung zu Ihrem Videoportal", es: "No se pudo conectar con su portal de vídeo" }
    WaitingForPortal { en: "Waiting for the portal to send the session.", he: "ממתין שהפורטל ישלח את פרטי ההתחברות.", de: "Warten, bis das Portal die Sitzung sendet.", es: "Esperando a que el portal envíe la sesión." }
    NoSession { en: "No session", he: "אין התחברות", de: "Keine Sitzung", es: "Sin sesión" }
    LinkNotUnderstood { en: "Some parts of this link were not understood and were ignored:", he: "חלקים מהקישור לא הובנו והמערכת התעלמה מהם:", de: "Einige Teile dieses Links wurden nicht verstanden und ignoriert:", es: "Algunas partes de este enlace no se entendieron y se ignoraron:" }
    Filter { en: "Filter", he: "סינון", de: "Filter", es: "Filtrar" }
    FilterCount { en: "Filter ({0})", he: "סינון ({0})", de: "Filter ({0})", es: "Filtrar ({0})" }
    SeeAllDetails { en: "See all details", he: "לכל הפרטים", de: "Alle Details", es: "Ver todos los detalles" }
    BackToMedia { en: "Back to media", he: "חזרה למדיה", de: "Zurück zum Medium", es: "Volver al contenido" }
    LoadingEntry { en: "Loading entry…", he: "טוען פריט…", de: "Eintrag wird geladen…", es: "Cargando la entrada…" }
    Loading { en: "Loading…", he: "טוען…", de: "Wird geladen…", es: "Cargando…" }
    Retry { en: "Retry", he: "ניסיון חוזר", de: "Erneut versuchen", es: "Reintentar" }
    PartNotLoaded { en: "This part of the page could not be loaded. Check your connection and try again.", he: "לא ניתן היה לטעון את החלק הזה של הדף. בדקו את החיבור ונסו שוב.", de: "Dieser Teil der Seite konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.", es: "No se pudo cargar esta parte de la página. Compruebe su conexión e inténtelo de nuevo." }

    // Panel titles.
    Highlights { en: "Highlights", he: "נקודות עיקריות", de: "Überblick", es: "Aspectos destacados" }
    SocialHighlights { en: "Social highlights", he: "נתונים חברתיים", de: "Soziale Interaktionen", es: "Interacción social" }
    ViewsOnPlayback { en: "Views on playback", he: "צפיות לאורך הניגון", de: "Aufrufe während der Wiedergabe", es: "Vistas durante la reproducción" }
    MetricsOverTime { en: "Metrics over time", he: "מדדים לאורך זמן", de: "Kennzahlen im Zeitverlauf", es: "Métricas a lo largo del tiempo" }
    EngagementFunnel { en: "Engagement funnel", he: "משפך מעורבות", de: "Engagement-Trichter", es: "Embudo de participación" }
    EngagementPerUser { en: "Engagement per user", he: "מעורבות לפי משתמש", de: "Engagement je Nutzer", es: "Participación por usuario" }
    TopCountries { en: "Top countries", he: "מדינות מובילות", de: "Top-Länder", es: "Principales países" }
    Devices { en: "Devices", he: "מכשירים", de: "Geräte", es: "Dispositivos" }
    TopDomains { en: "Top domains", he: "דומיינים מובילים", de: "Top-Domains", es: "Principales dominios" }
    PathFlow { en: "Path flow", he: "זרימת המסלול", de: "Pfadverlauf", es: "Flujo del recorrido" }
    VideosOverview { en: "Videos overview", he: "סקירת הסרטונים", de: "Videoübersicht", es: "Resumen de vídeos" }

    // Date range.
    DateRange { en: "Date range", he: "טווח תאריכים", de: "Zeitraum", es: "Intervalo de fechas" }
    Last7Days { en: "Last 7 days", he: "7 הימים האחרונים", de: "Letzte 7 Tage", es: "Últimos 7 días" }
    Last30Days { en: "Last 30 days", he: "30 הימים האחרונים", de: "Letzte 30 Tage", es: "Últimos 30 días" }
    Last90Days { en: "Last 90 days", he: "90 הימים האחרונים", de: "Letzte 90 Tage", es: "Últimos 90 días" }
    Last3Months { en: "Last 3 months", he: "3 החודשים האחרונים", de: "Letzte 3 Monate", es: "Últimos 3 meses" }
    Last12Months { en: "Last 12 months", he: "12 החודשים האחרונים", de: "Letzte 12 Monate", es: "Últimos 12 meses" }
    ThisWeek { en: "This week", he: "השבוע", de: "Diese Woche", es: "Esta semana" }
    ThisMonth { en: "This month", he: "החודש", de: "Dieser Monat", es: "Este mes" }
    ThisQuarter { en: "This quarter", he: "הרבעון", de: "Dieses Quartal", es: "Este trimestre" }
    ThisYear { en: "This year", he: "השנה", de: "Dieses Jahr", es: "Este año" }
    LastMonth { en: "Last month", he: "החודש הקודם", de: "Letzter Monat", es: "Mes pasado" }
    SinceCreation { en: "Since the entry was created", he: "מאז יצירת הפריט", de: "Seit Erstellung des Eintrags", es: "Desde que se creó la entrada" }
    CustomRange { en: "Custom range…", he: "טווח מותאם…", de: "Eigener Zeitraum…", es: "Intervalo personalizado…" }
    From { en: "From", he: "מתאריך", de: "Von", es: "Desde" }
    To { en: "To", he: "עד תאריך", de: "Bis", es: "Hasta" }
    Apply { en: "Apply", he: "החלה", de: "Anwenden", es: "Aplicar" }
    IncompleteDate { en: "Enter both dates in full: day, month and year.", he: "יש להזין את שני התאריכים במלואם: יום, חודש ושנה.", de: "Bitte beide Daten vollständig eingeben: Tag, Monat und Jahr.", es: "Escriba las dos fechas completas: día, mes y año." }
    FromAfterTo { en: "The first day comes after the last: swap them.", he: "היום הראשון מאוחר מהאחרון: יש להחליף ביניהם.", de: "Der erste Tag liegt nach dem letzten: bitte tauschen.", es: "El primer día es posterior al último: inviértalos." }
    CompareTo { en: "Compare to", he: "השוואה אל", de: "Vergleichen mit", es: "Comparar con" }
    NoComparison { en: "No comparison", he: "ללא השוואה", de: "Kein Vergleich", es: "Sin comparación" }
    PreviousPeriod { en: "Previous period", he: "התקופה הקודמת", de: "Vorheriger Zeitraum", es: "Periodo anterior" }
    SamePeriodLastYear { en: "Same period last year", he: "אותה תקופה אשתקד", de: "Gleicher Zeitraum im Vorjahr", es: "Mismo periodo del año pasado" }
    CustomStart { en: "Custom start…", he: "התחלה מותאמת…", de: "Eigener Beginn…", es: "Inicio personalizado…" }
    CompareFrom { en: "Compare from", he: "השוואה מתאריך", de: "Vergleich ab", es: "Comparar desde" }
    TimeZone { en: "Time zone", he: "אזור זמן", de: "Zeitzone", es: "Zona horaria" }
    ThisBrowser { en: "This browser ({0})", he: "הדפדפן הזה ({0})", de: "Dieser Browser ({0})", es: "Este navegador ({0})" }
    Versus { en: " vs ", he: " לעומת ", de: " vs. ", es: " frente a " }
    DaysInZone { en: " · days in {0} time", he: " · ימים לפי שעון {0}", de: " · Tage in {0}-Zeit", es: " · días en hora de {0}" }

    // Metrics.
    PlayerImpressions { en: "Player impressions", he: "טעינות נגן", de: "Player-Impressionen", es: "Impresiones del reproductor" }
    Plays { en: "Plays", he: "הפעלות", de: "Wiedergaben", es: "Reproducciones" }
    UniqueViewers { en: "Unique viewers", he: "צופים ייחודיים", de: "Eindeutige Zuschauer", es: "Espectadores únicos" }
    MinutesViewed { en: "Minutes viewed", he: "דקות צפייה", de: "Angesehene Minuten", es: "Minutos vistos" }
    AvgCompletionRate { en: "Avg. completion rate", he: "שיעור השלמה ממוצע", de: "Ø Abschlussrate", es: "Tasa media de finalización" }
    AvgCompletion { en: "Avg. completion", he: "השלמה ממוצעת", de: "Ø Abschluss", es: "Finalización media" }
    AvgDropOffRate { en: "Avg. drop-off rate", he: "שיעור נטישה ממוצע", de: "Ø Abbruchrate", es: "Tasa media de abandono" }
    AvgViewingTime { en: "Avg. viewing time (min)", he: "זמן צפייה ממוצע (דק׳)", de: "Ø Sehdauer (Min.)", es: "Tiempo medio de visualización (min)" }
    Likes { en: "Likes", he: "לייקים", de: "Likes", es: "Me gusta" }
    Shares { en: "Shares", he: "שיתופים", de: "Geteilt", es: "Compartidos" }
    ShareOfPlays { en: "Share of plays", he: "נתח מההפעלות", de: "Anteil an Wiedergaben", es: "Porcentaje de reproducciones" }
    NotAvailable { en: "N/A", he: "לא זמין", de: "k. A.", es: "N/D" }
    DefImpressions { en: "Times the player loaded this entry on a page.", he: "מספר הפעמים שהנגן נטען עם פריט זה בדף.", de: "Wie oft der Player diesen Eintrag auf einer Seite geladen hat.", es: "Veces que el reproductor cargó esta entrada en una página." }
    DefPlays { en: "Times viewers started playback.", he: "מספר הפעמים שצופים התחילו ניגון.", de: "Wie oft Zuschauer die Wiedergabe gestartet haben.", es: "Veces que los espectadores iniciaron la reproducción." }
    DefUnique { en: "Distinct signed-in viewers who played the entry; all anonymous viewers count as one. Estimated by Kaltura; exact on the demo server.", he: "צופים מחוברים שונים שניגנו את הפריט; כל הצופים האנונימיים נספרים כאחד. הערכה של Kaltura; מדויק בשרת ההדגמה.", de: "Verschiedene angemeldete Zuschauer, die den Eintrag abgespielt haben; alle anonymen Zuschauer zählen als einer. Von Kaltura geschätzt; auf dem Demo-Server exakt.", es: "Espectadores registrados distintos que reprodujeron la entrada; todos los anónimos cuentan como uno. Estimado por Kaltura; exacto en el servidor de demostración." }
    DefMinutes { en: "Total time viewers spent watching, in minutes.", he: "סך זמן הצפייה, בדקות.", de: "Gesamte Sehdauer in Minuten.", es: "Tiempo total de visualización, en minutos." }
    DefCompletion { en: "How much of the video a play covered on average: the sum of the share watched in each play, divided by plays (capped at 100%).", he: "כמה מהסרטון כוסה בממוצע בכל הפעלה: סכום החלק שנצפה בכל הפעלה, חלקי מספר ההפעלות (עד 100%).", de: "Wie viel des Videos eine Wiedergabe im Schnitt abdeckt: Summe der gesehenen Anteile je Wiedergabe geteilt durch die Wiedergaben (höchstens 100 %).", es: "Qué parte del vídeo cubrió de media una reproducción: la suma de lo visto en cada reproducción dividida entre las reproducciones (máximo 100 %)." }
    DefLikes { en: "Likes given to the entry in the period.", he: "לייקים שניתנו לפריט בתקופה.", de: "Likes für den Eintrag im Zeitraum.", es: "Me gusta que recibió la entrada en el periodo." }
    DefShares { en: "Times viewers used the player's share button.", he: "מספר הפעמים שצופים השתמשו בכפתור השיתוף של הנגן.", de: "Wie oft Zuschauer die Teilen-Schaltfläche des Players benutzt haben.", es: "Veces que los espectadores usaron el botón de compartir del reproductor." }
    CompareShort { en: "compare", he: "השוואה", de: "Vergleich", es: "comparación" }
    ComparePeriodFailed { en: "Compare period failed: {0}", he: "תקופת ההשוואה נכשלה: {0}", de: "Vergleichszeitraum fehlgeschlagen: {0}", es: "Falló el periodo de comparación: {0}" }

    // Metrics over time.
    Metric { en: "Metric", he: "מדד", de: "Kennzahl", es: "Métrica" }
    CompareWithMetric { en: "Compare with metric", he: "השוואה למדד", de: "Mit Kennzahl vergleichen", es: "Comparar con la métrica" }
    NoneChoice { en: "None", he: "ללא", de: "Keine", es: "Ninguna" }
    Granularity { en: "Granularity", he: "רזולוציה", de: "Auflösung", es: "Granularidad" }
    Daily { en: "Daily", he: "יומי", de: "Täglich", es: "Diario" }
    Monthly { en: "Monthly", he: "חודשי", de: "Monatlich", es: "Mensual" }
    ViewDetails { en: "View details", he: "הצגת פרטים", de: "Details anzeigen", es: "Ver detalles" }
    HideDetails { en: "Hide details", he: "הסתרת פרטים", de: "Details ausblenden", es: "Ocultar detalles" }
    Day { en: "Day", he: "יום", de: "Tag", es: "Día" }
    Month { en: "Month", he: "חודש", de: "Monat", es: "Mes" }
    EveryMetricPerDay { en: "Every metric per day", he: "כל המדדים לפי יום", de: "Alle Kennzahlen je Tag", es: "Todas las métricas por día" }
    EveryMetricPerMonth { en: "Every metric per month", he: "כל המדדים לפי חודש", de: "Alle Kennzahlen je Monat", es: "Todas las métricas por mes" }

    // Views on playback.
    ShowTable { en: "Show table", he: "הצגת טבלה", de: "Tabelle anzeigen", es: "Mostrar tabla" }
    HideTable { en: "Hide table", he: "הסתרת טבלה", de: "Tabelle ausblenden", es: "Ocultar tabla" }
    ReadAPoint { en: "Read a point of the video", he: "קריאת נקודה בסרטון", de: "Eine Stelle des Videos ablesen", es: "Leer un punto del vídeo" }
    KeyMoments { en: "Key moments", he: "רגעים מרכזיים", de: "Schlüsselmomente", es: "Momentos clave" }
    Drop { en: "Drop", he: "ירידה", de: "Abfall", es: "Caída" }
    Rewatch { en: "Rewatch", he: "צפייה חוזרת", de: "Erneut angesehen", es: "Revisionado" }
    Position { en: "Position", he: "מיקום", de: "Position", es: "Posición" }
    Time { en: "Time", he: "זמן", de: "Zeit", es: "Tiempo" }
    Views { en: "Views", he: "צפיות", de: "Aufrufe", es: "Vistas" }
    ViewsEachPercent { en: "Views at each 1% of the video", he: "צפיות בכל 1% מהסרטון", de: "Aufrufe bei jedem 1 % des Videos", es: "Vistas en cada 1 % del vídeo" }

    // Funnel.
    LastStep { en: "Last step: plays that reach", he: "השלב האחרון: הפעלות שמגיעות אל", de: "Letzter Schritt: Wiedergaben, die erreichen", es: "Último paso: reproducciones que llegan al" }
    PercentOfVideo { en: "{0}% of the video", he: "{0}% מהסרטון", de: "{0} % des Videos", es: "{0} % del vídeo" }
    PlaysReaching { en: "Plays reaching {0}%", he: "הפעלות שהגיעו ל־{0}%", de: "Wiedergaben bis {0} %", es: "Reproducciones que llegan al {0} %" }

    // Tables.
    Actions { en: "Actions", he: "פעולות", de: "Aktionen", es: "Acciones" }
    NoData { en: "No data for this selection.", he: "אין נתונים לבחירה זו.", de: "Keine Daten für diese Auswahl.", es: "No hay datos para esta selección." }
    RowsLeftOut { en: "Showing {0} of {1} rows; the other {2} are left out.", he: "מוצגות {0} מתוך {1} שורות; {2} האחרות הושמטו.", de: "{0} von {1} Zeilen angezeigt; die übrigen {2} sind ausgelassen.", es: "Se muestran {0} de {1} filas; las otras {2} se han omitido." }
    PointsLeftOut { en: "The service sent {0} more points than this period holds; they are left out.", he: "השירות שלח {0} נקודות יותר ממה שיש בתקופה זו; הן הושמטו.", de: "Der Dienst sandte {0} Punkte mehr, als dieser Zeitraum hat; sie sind ausgelassen.", es: "El servicio envió {0} puntos más de los que tiene este periodo; se han omitido." }
    NodesLeftOut { en: "This path has more nodes than can be shown: {0} are left out.", he: "במסלול זה יותר צמתים ממה שאפשר להציג: {0} הושמטו.", de: "Dieser Pfad hat mehr Knoten, als angezeigt werden können: {0} sind ausgelassen.", es: "Este recorrido tiene más nodos de los que se pueden mostrar: se han omitido {0}." }
    PreviousPage { en: "‹ Previous", he: "‹ הקודם", de: "‹ Zurück", es: "‹ Anterior" }
    NextPage { en: "Next ›", he: "הבא ›", de: "Weiter ›", es: "Siguiente ›" }
    PageOf { en: "Page {0} of {1} · {2} rows", he: "עמוד {0} מתוך {1} · {2} שורות", de: "Seite {0} von {1} · {2} Zeilen", es: "Página {0} de {1} · {2} filas" }
    PageN { en: "Page {0}", he: "עמוד {0}", de: "Seite {0}", es: "Página {0}" }
    NoSuchPage { en: "There is no page {0} of this table (the address asks for a page past its end).", he: "אין עמוד {0} בטבלה זו (הכתובת מבקשת עמוד שאחרי סופה).", de: "Diese Tabelle hat keine Seite {0} (die Adresse verlangt eine Seite nach ihrem Ende).", es: "Esta tabla no tiene página {0} (la dirección pide una página después de su final)." }
    NoSuchVideo { en: "No such video in this path", he: "אין סרטון כזה במסלול", de: "Kein solches Video in diesem Pfad", es: "No existe ese vídeo en este recorrido" }
    NoSuchVideoText { en: "The address names a video “{0}” that this path does not have and never had.", he: "הכתובת מציינת סרטון „{0}” שאינו ולא היה במסלול זה.", de: "Die Adresse nennt ein Video „{0}“, das dieser Pfad nicht hat und nie hatte.", es: "La dirección nombra un vídeo «{0}» que este recorrido no tiene ni tuvo nunca." }
    BackToOverview { en: "Back to the videos overview", he: "חזרה לסקירת הסרטונים", de: "Zurück zur Videoübersicht", es: "Volver al resumen de vídeos" }
    NotInData { en: "⚠ not in the data for these dates", he: "⚠ לא מופיע בנתונים בתאריכים אלה", de: "⚠ in diesem Zeitraum nicht in den Daten", es: "⚠ no figura en los datos de estas fechas" }
    FetchingRows { en: "Fetching rows: {0} of {1}…", he: "טוען שורות: {0} מתוך {1}…", de: "Zeilen werden geladen: {0} von {1}…", es: "Cargando filas: {0} de {1}…" }
    UserId { en: "User ID", he: "מזהה משתמש", de: "Nutzerkennung", es: "ID de usuario" }
    NoViewsToDraw { en: "Nobody watched this entry in these dates: there is no curve to draw.", he: "איש לא צפה בפריט זה בתאריכים אלה: אין עקומה לשרטט.", de: "In diesem Zeitraum hat niemand diesen Eintrag angesehen: Es gibt keine Kurve.", es: "Nadie vio esta entrada en estas fechas: no hay curva que dibujar." }
    NothingToDraw { en: "{0}: 0 on every day of these dates, so there is no line to draw.", he: "{0}: 0 בכל יום בתאריכים אלה, ולכן אין קו לשרטט.", de: "{0}: an jedem Tag dieses Zeitraums 0, daher keine Linie.", es: "{0}: 0 cada día de estas fechas, así que no hay línea que dibujar." }
    GoToPage { en: "Go to page {0}", he: "מעבר לעמוד {0}", de: "Zu Seite {0}", es: "Ir a la página {0}" }
    Pages { en: "Pages", he: "עמודים", de: "Seiten", es: "Páginas" }
    DrillDown { en: "Drill-down", he: "העמקה", de: "Drilldown", es: "Desglose" }
    FilterByThis { en: "Filter the whole page by this", he: "סינון כל הדף לפי ערך זה", de: "Die ganze Seite danach filtern", es: "Filtrar toda la página por esto" }
    FilterBy { en: "Filter by {0}", he: "סינון לפי {0}", de: "Nach {0} filtern", es: "Filtrar por {0}" }
    AddFilter { en: "+ Filter", he: "+ סינון", de: "+ Filter", es: "+ Filtrar" }

    // Exports.
    Export { en: "Export", he: "ייצוא", de: "Exportieren", es: "Exportar" }
    Csv { en: "CSV", he: "CSV", de: "CSV", es: "CSV" }
    DownloadPanelCsv { en: "Download this panel as CSV", he: "הורדת חלונית זו כ־CSV", de: "Diesen Bereich als CSV herunterladen", es: "Descargar este panel como CSV" }
    DownloadPageCsv { en: "Download this page as CSV", he: "הורדת הדף כ־CSV", de: "Diese Seite als CSV herunterladen", es: "Descargar esta página como CSV" }
    EmailFullReport { en: "E-mail the full report (Kaltura export)", he: "שליחת הדוח המלא בדוא״ל (ייצוא Kaltura)", de: "Vollständigen Bericht per E-Mail (Kaltura-Export)", es: "Enviar el informe completo por correo (exportación de Kaltura)" }
    CsvHoldsExactly { en: "The CSV holds exactly what the panels show, with the dates, compare period, filters and time zone.", he: "קובץ ה־CSV מכיל בדיוק את מה שהחלוניות מציגות, עם התאריכים, תקופת ההשוואה, המסננים ואזור הזמן.", de: "Die CSV enthält genau, was die Bereiche zeigen, mit Zeitraum, Vergleichszeitraum, Filtern und Zeitzone.", es: "El CSV contiene exactamente lo que muestran los paneles, con las fechas, el periodo de comparación, los filtros y la zona horaria." }

    // Engagement per user.
    TotalCompletion { en: "Total completion", he: "השלמה כוללת", de: "Gesamtabschluss", es: "Finalización total" }
    AnonymousViewers { en: "Anonymous viewers", he: "צופים אנונימיים", de: "Anonyme Zuschauer", es: "Espectadores anónimos" }
    AnonymousNote { en: "every viewer without a login, counted as one", he: "כל צופה ללא התחברות, נספרים כאחד", de: "alle Zuschauer ohne Anmeldung, als einer gezählt", es: "todos los espectadores sin sesión, contados como uno" }
    HideEngagement { en: "Hide engagement per user", he: "הסתרת מעורבות לפי משתמש", de: "Engagement je Nutzer ausblenden", es: "Ocultar participación por usuario" }
    ViewEngagement { en: "View engagement per user", he: "הצגת מעורבות לפי משתמש", de: "Engagement je Nutzer anzeigen", es: "Ver participación por usuario" }
    NoUserMatches { en: "No user’s name or id matches “{0}”.", he: "אין משתמש שהשם או המזהה שלו תואמים ל־„{0}”.", de: "Kein Nutzername und keine Kennung passt zu „{0}“.", es: "Ningún nombre ni id de usuario coincide con «{0}»." }
    ViewersCount { en: "{0} users who loaded the player; Unique viewers counts only those who played", he: "{0} משתמשים שטענו את הנגן; „צופים ייחודיים” סופר רק את מי שהפעיל", de: "{0} Nutzer, die den Player geladen haben; „Eindeutige Zuschauer“ zählt nur, wer abgespielt hat", es: "{0} usuarios que cargaron el reproductor; «Espectadores únicos» cuenta solo a quienes reprodujeron" }
    ViewersMatching { en: "{0} users who loaded the player, matching “{1}”", he: "{0} משתמשים שטענו את הנגן ותואמים ל־„{1}”", de: "{0} Nutzer, die den Player geladen haben, zu „{1}“", es: "{0} usuarios que cargaron el reproductor y coinciden con «{1}»" }
    User { en: "User", he: "משתמש", de: "Nutzer", es: "Usuario" }
    HeatMap { en: "Heat map", he: "מפת חום", de: "Heatmap", es: "Mapa de calor" }
    FilterUsers { en: "Filter users (words of the name, or the start of the id)", he: "סינון משתמשים (מילים מהשם, או תחילת המזהה)", de: "Nutzer filtern (Wörter des Namens oder Anfang der Kennung)", es: "Filtrar usuarios (palabras del nombre o inicio del id)" }
    Search { en: "Search", he: "חיפוש", de: "Suchen", es: "Buscar" }
    Clear { en: "Clear", he: "ניקוי", de: "Leeren", es: "Borrar" }
    NotViewed { en: "Not viewed", he: "לא נצפה", de: "Nicht angesehen", es: "No visto" }
    ViewedOnce { en: "Viewed once", he: "נצפה פעם אחת", de: "Einmal angesehen", es: "Visto una vez" }
    ViewedTwice { en: "Viewed twice", he: "נצפה פעמיים", de: "Zweimal angesehen", es: "Visto dos veces" }
    ViewedMoreThanTwice { en: "Viewed more than twice", he: "נצפה יותר מפעמיים", de: "Öfter als zweimal angesehen", es: "Visto más de dos veces" }
    ListStretches { en: "List the stretches", he: "רשימת הקטעים", de: "Abschnitte auflisten", es: "Listar los tramos" }

    // Countries.
    AvgDropOff { en: "Avg. drop-off", he: "נטישה ממוצעת", de: "Ø Abbruch", es: "Abandono medio" }
    MorePlays { en: "More plays", he: "יותר הפעלות", de: "Mehr Wiedergaben", es: "Más reproducciones" }
    Fewer { en: "Fewer", he: "פחות", de: "Weniger", es: "Menos" }
    Country { en: "Country", he: "מדינה", de: "Land", es: "País" }
    Region { en: "Region", he: "אזור", de: "Region", es: "Región" }
    City { en: "City", he: "עיר", de: "Stadt", es: "Ciudad" }
    UnknownLocation { en: "Unknown location", he: "מיקום לא ידוע", de: "Unbekannter Ort", es: "Ubicación desconocida" }
    Regions { en: "Regions", he: "אזורים", de: "Regionen", es: "Regiones" }
    Cities { en: "Cities", he: "ערים", de: "Städte", es: "Ciudades" }
    AllCountries { en: "All countries", he: "כל המדינות", de: "Alle Länder", es: "Todos los países" }
    NoPlaysFromCountry { en: "No plays from the country “{0}” in this period; showing every country.", he: "אין הפעלות מהמדינה „{0}” בתקופה זו; מוצגות כל המדינות.", de: "Keine Wiedergaben aus dem Land „{0}“ in diesem Zeitraum; alle Länder werden gezeigt.", es: "No hay reproducciones del país «{0}» en este periodo; se muestran todos los países." }
    HideMap { en: "Hide map", he: "הסתרת המפה", de: "Karte ausblenden", es: "Ocultar mapa" }
    ShowMap { en: "Show map", he: "הצגת המפה", de: "Karte anzeigen", es: "Mostrar mapa" }
    PlaysBy { en: "Plays by {0}", he: "הפעלות לפי {0}", de: "Wiedergaben nach {0}", es: "Reproducciones por {0}" }
    ShowRegionsOf { en: "Show regions of", he: "הצגת האזורים של", de: "Regionen anzeigen von", es: "Mostrar regiones de" }
    ShowCitiesOf { en: "Show cities of", he: "הצגת הערים של", de: "Städte anzeigen von", es: "Mostrar ciudades de" }

    // Devices.
    Device { en: "Device", he: "מכשיר", de: "Gerät", es: "Dispositivo" }
    OperatingSystem { en: "Operating system", he: "מערכת הפעלה", de: "Betriebssystem", es: "Sistema operativo" }
    Browser { en: "Browser", he: "דפדפן", de: "Browser", es: "Navegador" }
    AllDevices { en: "All devices", he: "כל המכשירים", de: "Alle Geräte", es: "Todos los dispositivos" }
    ShowOsOf { en: "Show operating systems of", he: "הצגת מערכות ההפעלה של", de: "Betriebssysteme anzeigen von", es: "Mostrar sistemas operativos de" }
    ShowBrowsersOf { en: "Show browsers of", he: "הצגת הדפדפנים של", de: "Browser anzeigen von", es: "Mostrar navegadores de" }

    // Domains.
    PlaysDistribution { en: "Plays distribution", he: "התפלגות ההפעלות", de: "Verteilung der Wiedergaben", es: "Distribución de reproducciones" }
    PlayImpressionRatio { en: "Play / impression ratio", he: "יחס הפעלות לטעינות", de: "Verhältnis Wiedergaben / Impressionen", es: "Relación reproducciones / impresiones" }
    PlayImpressionRatioPct { en: "Play / impression ratio (%)", he: "יחס הפעלות לטעינות (%)", de: "Verhältnis Wiedergaben / Impressionen (%)", es: "Relación reproducciones / impresiones (%)" }
    AvgCompletionPct { en: "Avg. completion (%)", he: "השלמה ממוצעת (%)", de: "Ø Abschluss (%)", es: "Finalización media (%)" }
    PageUrl { en: "Page URL", he: "כתובת דף", de: "Seiten-URL", es: "URL de la página" }
    Domain { en: "Domain", he: "דומיין", de: "Domain", es: "Dominio" }
    PageUrls { en: "Page URLs", he: "כתובות דפים", de: "Seiten-URLs", es: "URL de páginas" }
    AllDomains { en: "All domains", he: "כל הדומיינים", de: "Alle Domains", es: "Todos los dominios" }
    GraphMetric { en: "Graph metric", he: "מדד הגרף", de: "Kennzahl des Diagramms", es: "Métrica del gráfico" }
    ShowPageUrlsOf { en: "Show page URLs of", he: "הצגת כתובות הדפים של", de: "Seiten-URLs anzeigen von", es: "Mostrar URL de páginas de" }
    WhereEmbedded { en: "{0}s where the player was embedded", he: "{0} שבהם הנגן הוטמע", de: "{0}s, in die der Player eingebettet war", es: "{0} donde se insertó el reproductor" }

    // Tables and playback.
    Details { en: "Details", he: "פרטים", de: "Details", es: "Detalles" }
    NoneInCompare { en: "none in the compare period", he: "אין בתקופת ההשוואה", de: "keine im Vergleichszeitraum", es: "ninguno en el periodo de comparación" }
    AtPoint { en: "At {0} ({1}%): {2} views, {3} unique viewers", he: "ב־{0} ({1}%): {2} צפיות, {3} צופים ייחודיים", de: "Bei {0} ({1} %): {2} Aufrufe, {3} eindeutige Zuschauer", es: "En {0} ({1} %): {2} vistas, {3} espectadores únicos" }

    // Filters.
    CategoryContext { en: "Category / playback context", he: "קטגוריה / הקשר ניגון", de: "Kategorie / Wiedergabekontext", es: "Categoría / contexto de reproducción" }
    PlaybackType { en: "Playback type", he: "סוג ניגון", de: "Wiedergabetyp", es: "Tipo de reproducción" }
    Live { en: "Live", he: "שידור חי", de: "Live", es: "En directo" }
    ActiveFilters { en: "Active filters", he: "מסננים פעילים", de: "Aktive Filter", es: "Filtros activos" }
    FilteredTo { en: "Filtered to:", he: "מסונן לפי:", de: "Gefiltert nach:", es: "Filtrado por:" }
    RemoveFilter { en: "Remove filter {0}", he: "הסרת המסנן {0}", de: "Filter {0} entfernen", es: "Quitar el filtro {0}" }
    ClearAll { en: "Clear all", he: "ניקוי הכול", de: "Alle entfernen", es: "Borrar todo" }
    NoValues { en: "No values in this period.", he: "אין ערכים בתקופה זו.", de: "Keine Werte in diesem Zeitraum.", es: "No hay valores en este periodo." }
    Cancel { en: "Cancel", he: "ביטול", de: "Abbrechen", es: "Cancelar" }
    ApplyFilters { en: "Apply filters", he: "החלת מסננים", de: "Filter anwenden", es: "Aplicar filtros" }
    ChoicesExplained { en: "Choices list what had plays in the selected dates. Every panel of the page is filtered.", he: "האפשרויות מציגות את מה שהיו לו הפעלות בתאריכים שנבחרו. כל החלוניות בדף מסוננות.", de: "Zur Auswahl steht, was im gewählten Zeitraum Wiedergaben hatte. Alle Bereiche der Seite werden gefiltert.", es: "Las opciones muestran lo que tuvo reproducciones en las fechas elegidas. Se filtran todos los paneles de la página." }
    VodOnlyByDefault { en: "None checked: VOD only, as the analytics service counts by default.", he: "אם לא נבחר דבר: VOD בלבד, כברירת המחדל של שירות הניתוח.", de: "Nichts gewählt: nur VOD, wie der Analysedienst standardmäßig zählt.", es: "Nada marcado: solo VOD, como cuenta por defecto el servicio de analítica." }
    Users { en: "Users", he: "משתמשים", de: "Nutzer", es: "Usuarios" }
    FindUsers { en: "Find users by id or name", he: "חיפוש משתמשים לפי מזהה או שם", de: "Nutzer nach Kennung oder Name suchen", es: "Buscar usuarios por id o nombre" }
    IdOrNameStarts { en: "Name or id, e.g. “mei c”…", he: "שם או מזהה, למשל „דנה”…", de: "Name oder Kennung, z. B. „mei c“…", es: "Nombre o id, p. ej. «mei c»…" }
    Find { en: "Find", he: "חיפוש", de: "Suchen", es: "Buscar" }

    // Interactive paths.
    FlowHelp { en: "Start on the left; each column is a level. Circles grow with plays, links with the clicks that switched viewers along them; dashed squares are web links. Select a video to open it.", he: "מתחילים משמאל; כל עמודה היא שלב. העיגולים גדלים עם ההפעלות והקישורים עם הלחיצות שהעבירו צופים; ריבועים מקווקווים הם קישורי אינטרנט. בחרו סרטון כדי לפתוח אותו.", de: "Links beginnen; jede Spalte ist eine Ebene. Kreise wachsen mit den Wiedergaben, Verbindungen mit den Klicks, die Zuschauer weitergeleitet haben; gestrichelte Quadrate sind Weblinks. Wählen Sie ein Video, um es zu öffnen.", es: "Empiece por la izquierda; cada columna es un nivel. Los círculos crecen con las reproducciones y los enlaces con los clics que llevaron a los espectadores; los cuadrados discontinuos son enlaces web. Elija un vídeo para abrirlo." }
    FlowRegion { en: "Path flow diagram; scrolls sideways on narrow screens", he: "תרשים זרימת המסלול; נגלל לצדדים במסכים צרים", de: "Pfaddiagramm; auf schmalen Bildschirmen seitlich scrollbar", es: "Diagrama del recorrido; se desplaza de lado en pantallas estrechas" }
    ShowLinksTable { en: "Show the links as a table", he: "הצגת הקישורים כטבלה", de: "Verbindungen als Tabelle anzeigen", es: "Mostrar los enlaces como tabla" }
    HideTheTable { en: "Hide the table", he: "הסתרת הטבלה", de: "Tabelle ausblenden", es: "Ocultar la tabla" }
    EveryLink { en: "Every hotspot link of the path with its clicks", he: "כל קישורי הנקודות החמות במסלול עם הלחיצות", de: "Alle Hotspot-Verbindungen des Pfads mit ihren Klicks", es: "Todos los enlaces de zonas interactivas del recorrido con sus clics" }
    FromNode { en: "From", he: "מ־", de: "Von", es: "Desde" }
    Hotspot { en: "Hotspot", he: "נקודה חמה", de: "Hotspot", es: "Zona interactiva" }
    ToNode { en: "To", he: "אל", de: "Nach", es: "Hacia" }
    Clicks { en: "Clicks", he: "לחיצות", de: "Klicks", es: "Clics" }
    Level { en: "Level", he: "שלב", de: "Ebene", es: "Nivel" }
    LeftThePath { en: "Left the path here", he: "עזבו את המסלול כאן", de: "Pfad hier verlassen", es: "Dejaron el recorrido aquí" }
    DeletedOn { en: "Deleted on {0}", he: "נמחק ב־{0}", de: "Gelöscht am {0}", es: "Eliminado el {0}" }
    Deleted { en: "Deleted", he: "נמחק", de: "Gelöscht", es: "Eliminado" }
    StartOfPath { en: "Start of the path", he: "תחילת המסלול", de: "Beginn des Pfads", es: "Inicio del recorrido" }
    NotReachable { en: "Not reachable from the start", he: "לא ניתן להגיע מההתחלה", de: "Vom Start aus nicht erreichbar", es: "No accesible desde el inicio" }
    EveryVideoNode { en: "Every video node of the path", he: "כל סרטוני המסלול", de: "Alle Videoknoten des Pfads", es: "Todos los vídeos del recorrido" }
    VideoDimension { en: "Video", he: "סרטון", de: "Video", es: "Vídeo" }
    OpenThePageOf { en: "Open the page of", he: "פתיחת הדף של", de: "Seite öffnen von", es: "Abrir la página de" }
    LeftExplained { en: "“Left the path here” counts plays of a node that did not go on to another node through a hotspot.", he: "„עזבו את המסלול כאן” סופר הפעלות של סרטון שלא המשיכו לסרטון אחר דרך נקודה חמה.", de: "„Pfad hier verlassen“ zählt Wiedergaben eines Knotens, die nicht über einen Hotspot zu einem anderen Knoten weitergingen.", es: "«Dejaron el recorrido aquí» cuenta las reproducciones de un vídeo que no siguieron a otro por una zona interactiva." }
    DeletedKeepPlays { en: "Deleted nodes keep the plays they had before deletion.", he: "סרטונים שנמחקו שומרים על ההפעלות שהיו להם לפני המחיקה.", de: "Gelöschte Knoten behalten die Wiedergaben von vor der Löschung.", es: "Los vídeos eliminados conservan las reproducciones que tenían antes." }
    NoStructure { en: "This entry has no interactive path structure.", he: "לפריט זה אין מבנה מסלול אינטראקטיבי.", de: "Dieser Eintrag hat keine interaktive Pfadstruktur.", es: "Esta entrada no tiene estructura de recorrido interactivo." }
    StructureFailed { en: "The path's structure could not be read, so the flow cannot be drawn. {0}", he: "לא ניתן היה לקרוא את מבנה המסלול, ולכן אי אפשר לצייר את הזרימה. {0}", de: "Die Struktur des Pfads konnte nicht gelesen werden, daher kann der Verlauf nicht gezeichnet werden. {0}", es: "No se pudo leer la estructura del recorrido, así que no se puede dibujar el flujo. {0}" }
    Hotspots { en: "Hotspots", he: "נקודות חמות", de: "Hotspots", es: "Zonas interactivas" }
    HotspotsOfVideo { en: "Hotspots of this video", he: "הנקודות החמות של סרטון זה", de: "Hotspots dieses Videos", es: "Zonas interactivas de este vídeo" }
    WhenClicked { en: "When clicked", he: "מתי נלחץ", de: "Wann geklickt", es: "Cuándo se pulsó" }
    DestinationLevel { en: "Destination level", he: "שלב היעד", de: "Zielebene", es: "Nivel de destino" }
    RetentionInVideo { en: "Retention in this video", he: "שימור הצפייה בסרטון זה", de: "Verweildauer in diesem Video", es: "Retención en este vídeo" }
    VideoDeleted { en: "This video was deleted from the path; its history is kept.", he: "סרטון זה נמחק מהמסלול; ההיסטוריה שלו נשמרת.", de: "Dieses Video wurde aus dem Pfad gelöscht; sein Verlauf bleibt erhalten.", es: "Este vídeo se eliminó del recorrido; se conserva su historial." }

    // Errors and exports.
    Unreachable { en: "The analytics service could not be reached ({0}).", he: "לא ניתן היה להתחבר לשירות הניתוח ({0}).", de: "Der Analysedienst war nicht erreichbar ({0}).", es: "No se pudo contactar con el servicio de analítica ({0})." }
    HttpStatus { en: "The analytics service answered with HTTP status {0}.", he: "שירות הניתוח השיב עם קוד HTTP ‏{0}.", de: "Der Analysedienst antwortete mit HTTP-Status {0}.", es: "El servicio de analítica respondió con el estado HTTP {0}." }
    NoSuchEntry { en: "There is no entry with this id.", he: "אין פריט עם מזהה זה.", de: "Es gibt keinen Eintrag mit dieser Kennung.", es: "No hay ninguna entrada con este id." }
    Refused { en: "The analytics service refused the request: {0}", he: "שירות הניתוח דחה את הבקשה: {0}", de: "Der Analysedienst hat die Anfrage abgelehnt: {0}", es: "El servicio de analítica rechazó la solicitud: {0}" }
    Unreadable { en: "The analytics service sent an answer we could not read ({0}).", he: "שירות הניתוח שלח תשובה שלא הצלחנו לקרוא ({0}).", de: "Der Analysedienst hat eine unlesbare Antwort gesendet ({0}).", es: "El servicio de analítica envió una respuesta ilegible ({0})." }
    SessionInvalid { en: "Your session has expired or is not valid. Open the dashboard again from your video portal or with a new KS.", he: "תוקף ההתחברות פג או שאינה תקפה. פתחו שוב את לוח הבקרה מפורטל הווידאו או עם KS חדש.", de: "Ihre Sitzung ist abgelaufen oder ungültig. Öffnen Sie das Dashboard erneut aus Ihrem Videoportal oder mit einer neuen KS.", es: "Su sesión ha caducado o no es válida. Vuelva a abrir el panel desde su portal de vídeo o con una KS nueva." }
    Downloaded { en: "Downloaded {0}", he: "הורד {0}", de: "{0} heruntergeladen", es: "Descargado {0}" }
    ExportFailed { en: "The export failed: {0}", he: "הייצוא נכשל: {0}", de: "Der Export ist fehlgeschlagen: {0}", es: "La exportación falló: {0}" }
    AskingEmail { en: "Asking the analytics service for the e-mailed report…", he: "מבקש משירות הניתוח לשלוח את הדוח בדוא״ל…", de: "Der Analysedienst wird um den Bericht per E-Mail gebeten…", es: "Solicitando al servicio de analítica el informe por correo…" }
    EmailFailed { en: "The e-mailed export failed: {0}", he: "הייצוא בדוא״ל נכשל: {0}", de: "Der Export per E-Mail ist fehlgeschlagen: {0}", es: "La exportación por correo falló: {0}" }
    EmailedTo { en: "The report is being prepared; a download link will be e-mailed to {0}.", he: "הדוח בהכנה; קישור להורדה יישלח בדוא״ל אל {0}.", de: "Der Bericht wird erstellt; ein Download-Link wird an {0} gesendet.", es: "Se está preparando el informe; se enviará un enlace de descarga a {0}." }
    EmailedToYou { en: "The report is being prepared; a download link will be e-mailed to you.", he: "הדוח בהכנה; קישור להורדה יישלח אליך בדוא״ל.", de: "Der Bericht wird erstellt; Sie erhalten einen Download-Link per E-Mail.", es: "Se está preparando el informe; recibirá un enlace de descarga por correo." }

    // Chart descriptions and details read by screen readers.
    PlaybackNoViews { en: "Line chart of views across the video: no views in this period.", he: "תרשים קו של צפיות לאורך הסרטון: אין צפיות בתקופה זו.", de: "Liniendiagramm der Aufrufe über das Video: keine Aufrufe in diesem Zeitraum.", es: "Gráfico de líneas de vistas a lo largo del vídeo: no hay vistas en este periodo." }
    PlaybackSummary { en: "Line chart of views across the video: {0} views at the start, {1} at the end.", he: "תרשים קו של צפיות לאורך הסרטון: {0} צפיות בהתחלה, {1} בסוף.", de: "Liniendiagramm der Aufrufe über das Video: {0} Aufrufe am Anfang, {1} am Ende.", es: "Gráfico de líneas de vistas a lo largo del vídeo: {0} vistas al principio, {1} al final." }
    KeyMomentAt { en: " Key moment: {0} at {1}.", he: " רגע מרכזי: {0} ב־{1}.", de: " Schlüsselmoment: {0} bei {1}.", es: " Momento clave: {0} en {1}." }
    MomentDetail { en: " at {0} — {1} of the starting audience", he: " ב־{0} — {1} מהקהל ההתחלתי", de: " bei {0} — {1} des anfänglichen Publikums", es: " en {0} — {1} de la audiencia inicial" }
    TrendSummary { en: "Line chart of {0} per {1}, {2} buckets, highest {3} on {4}.", he: "תרשים קו של {0} לפי {1}, {2} נקודות, השיא {3} ב־{4}.", de: "Liniendiagramm: {0} je {1}, {2} Werte, Höchstwert {3} am {4}.", es: "Gráfico de líneas de {0} por {1}, {2} puntos, máximo {3} el {4}." }
    TrendEmpty { en: "Line chart of {0} per {1}: no data in this period.", he: "תרשים קו של {0} לפי {1}: אין נתונים בתקופה זו.", de: "Liniendiagramm: {0} je {1}: keine Daten in diesem Zeitraum.", es: "Gráfico de líneas de {0} por {1}: no hay datos en este periodo." }
    DayUnit { en: "day", he: "יום", de: "Tag", es: "día" }
    MonthUnit { en: "month", he: "חודש", de: "Monat", es: "mes" }
    HeatSummary { en: "Watched {0}% of the video: {1}.", he: "נצפו {0}% מהסרטון: {1}.", de: "{0} % des Videos angesehen: {1}.", es: "Vio el {0} % del vídeo: {1}." }
    HeatMapOf { en: "Heat map of {0}. {1}", he: "מפת חום של {0}. {1}", de: "Heatmap von {0}. {1}", es: "Mapa de calor de {0}. {1}" }
    MapSummary { en: "Map of plays by {0}: {1} places, the table below lists them.", he: "מפת הפעלות לפי {0}: {1} מקומות, הטבלה שלהלן מפרטת אותם.", de: "Karte der Wiedergaben nach {0}: {1} Orte, die Tabelle darunter listet sie auf.", es: "Mapa de reproducciones por {0}: {1} lugares, la tabla de abajo los enumera." }
    FlowSummary { en: "Diagram of the path by level: {0} videos, {1} switches between them{2}.", he: "תרשים המסלול לפי שלבים: {0} סרטונים, {1} מעברים ביניהם{2}.", de: "Diagramm des Pfads nach Ebenen: {0} Videos, {1} Wechsel zwischen ihnen{2}.", es: "Diagrama del recorrido por niveles: {0} vídeos, {1} cambios entre ellos{2}." }
    BusiestLink { en: "; the busiest link is {0} → {1} with {2} clicks", he: "; הקישור העמוס ביותר הוא {0} ← {1} עם {2} לחיצות", de: "; die meistgenutzte Verbindung ist {0} → {1} mit {2} Klicks", es: "; el enlace más usado es {0} → {1} con {2} clics" }
    ChartFailed { en: "The chart could not be drawn ({0}); the table below has the same data.", he: "לא ניתן היה לצייר את התרשים ({0}); הטבלה שלהלן מכילה את אותם נתונים.", de: "Das Diagramm konnte nicht gezeichnet werden ({0}); die Tabelle darunter enthält dieselben Daten.", es: "No se pudo dibujar el gráfico ({0}); la tabla de abajo tiene los mismos datos." }
    VideoDeletedName { en: "Video: {0} (deleted)", he: "סרטון: {0} (נמחק)", de: "Video: {0} (gelöscht)", es: "Vídeo: {0} (eliminado)" }
    VideoName { en: "Video: {0}", he: "סרטון: {0}", de: "Video: {0}", es: "Vídeo: {0}" }
    LinkTo { en: "Link: {0}", he: "קישור: {0}", de: "Link: {0}", es: "Enlace: {0}" }
    PausesVideo { en: "Pauses the video", he: "משהה את הסרטון", de: "Hält das Video an", es: "Pausa el vídeo" }
    NoAction { en: "No action", he: "ללא פעולה", de: "Keine Aktion", es: "Sin acción" }
    NoName { en: "No name ({0})", he: "ללא שם ({0})", de: "Ohne Namen ({0})", es: "Sin nombre ({0})" }
    UnknownHotspot { en: "Unknown hotspot", he: "נקודה חמה לא ידועה", de: "Unbekannter Hotspot", es: "Zona interactiva desconocida" }
    OneHotspot { en: "1 hotspot", he: "נקודה חמה אחת", de: "1 Hotspot", es: "1 zona interactiva" }
    NHotspots { en: "{0} hotspots", he: "{0} נקודות חמות", de: "{0} Hotspots", es: "{0} zonas interactivas" }
    MostClicksAt { en: "most clicks ({0}) at {1}", he: "הכי הרבה לחיצות ({0}) ב־{1}", de: "die meisten Klicks ({0}) bei {1}", es: "más clics ({0}) en {1}" }
    NoClicks { en: "no clicks in this period", he: "אין לחיצות בתקופה זו", de: "keine Klicks in diesem Zeitraum", es: "sin clics en este periodo" }
    ShownFromTo { en: "shown from {0} to {1}", he: "מוצג מ־{0} עד {1}", de: "angezeigt von {0} bis {1}", es: "visible de {0} a {1}" }
    WindowUnknown { en: "the path does not record when this hotspot shows", he: "המסלול אינו מתעד מתי נקודה חמה זו מוצגת", de: "der Pfad hält nicht fest, wann dieser Hotspot angezeigt wird", es: "el recorrido no registra cuándo se muestra este punto interactivo" }
    ClicksCaptionWindow { en: "{0} clicks in all; {1}. The hotspot is {2}; the bars outside that time are greyed.", he: "{0} לחיצות בסך הכול; {1}. הנקודה החמה {2}; העמודות מחוץ לזמן זה באפור.", de: "{0} Klicks insgesamt; {1}. Der Hotspot wird {2}; die Balken außerhalb dieser Zeit sind grau.", es: "{0} clics en total; {1}. El punto interactivo está {2}; las barras fuera de ese tiempo aparecen en gris." }
    ClicksCaptionNoWindow { en: "{0} clicks in all; {1}. The path does not record when this hotspot shows, so no part of the video is greyed.", he: "{0} לחיצות בסך הכול; {1}. המסלול אינו מתעד מתי נקודה חמה זו מוצגת, ולכן אף חלק מהסרטון אינו באפור.", de: "{0} Klicks insgesamt; {1}. Der Pfad hält nicht fest, wann dieser Hotspot angezeigt wird; daher ist kein Teil des Videos grau.", es: "{0} clics en total; {1}. El recorrido no registra cuándo se muestra este punto interactivo, así que ninguna parte del vídeo aparece en gris." }
    ClicksAt { en: "{0}: {1} clicks", he: "{0}: {1} לחיצות", de: "{0}: {1} Klicks", es: "{0}: {1} clics" }
    ClicksOverVideo { en: "Clicks on {0} over the video: {1} in all, {2}; {3}.", he: "לחיצות על {0} לאורך הסרטון: {1} בסך הכול, {2}; {3}.", de: "Klicks auf {0} über das Video: {1} insgesamt, {2}; {3}.", es: "Clics en {0} a lo largo del vídeo: {1} en total, {2}; {3}." }

    // Why a part of a link was ignored.
    ReasonRangeBoth { en: "a custom range needs both from and to", he: "טווח מותאם צריך גם תאריך התחלה וגם תאריך סיום", de: "ein eigener Zeitraum braucht Beginn und Ende", es: "un intervalo personalizado necesita inicio y fin" }
    ReasonNoTable { en: "names a table that does not exist", he: "מציין טבלה שאינה קיימת", de: "nennt eine Tabelle, die es nicht gibt", es: "nombra una tabla que no existe" }
    ReasonZeroOne { en: "not 0 or 1", he: "לא 0 או 1", de: "weder 0 noch 1", es: "no es 0 ni 1" }
    ReasonDomainColumn { en: "not a column of the domains table", he: "אינו עמודה בטבלת הדומיינים", de: "keine Spalte der Domain-Tabelle", es: "no es una columna de la tabla de dominios" }
    ReasonUsersColumn { en: "not a column of the users table", he: "אינו עמודה בטבלת המשתמשים", de: "keine Spalte der Nutzertabelle", es: "no es una columna de la tabla de usuarios" }
    ReasonVideosColumn { en: "not a column of the videos overview", he: "אינו עמודה בסקירת הסרטונים", de: "keine Spalte der Videoübersicht", es: "no es una columna del resumen de vídeos" }
    ReasonComparePeriod { en: "not a compare period (prev, yoy or a start date)", he: "אינו תקופת השוואה (prev, yoy או תאריך התחלה)", de: "kein Vergleichszeitraum (prev, yoy oder ein Startdatum)", es: "no es un periodo de comparación (prev, yoy o una fecha de inicio)" }
    ReasonDate { en: "not a date (YYYY-MM-DD)", he: "אינו תאריך (YYYY-MM-DD)", de: "kein Datum (JJJJ-MM-TT)", es: "no es una fecha (AAAA-MM-DD)" }
    ReasonDomain { en: "not a domain", he: "אינו דומיין", de: "keine Domain", es: "no es un dominio" }
    ReasonDrillStep { en: "not a drill-down step", he: "אינו שלב העמקה", de: "kein Drilldown-Schritt", es: "no es un paso de desglose" }
    ReasonFunnelStep { en: "not a funnel step (25, 50, 75 or 100)", he: "אינו שלב במשפך (25, 50, 75 או 100)", de: "kein Trichterschritt (25, 50, 75 oder 100)", es: "no es un paso del embudo (25, 50, 75 o 100)" }
    ReasonGranularity { en: "not a granularity (d or m)", he: "אינו רזולוציה (d או m)", de: "keine Auflösung (d oder m)", es: "no es una granularidad (d o m)" }
    ReasonHotspotId { en: "not a hotspot id", he: "אינו מזהה של נקודה חמה", de: "keine Hotspot-Kennung", es: "no es un id de zona interactiva" }
    ReasonDateRange { en: "not a known date range; showing the last 30 days", he: "אינו טווח תאריכים מוכר; מוצגים 30 הימים האחרונים", de: "kein bekannter Zeitraum; die letzten 30 Tage werden gezeigt", es: "no es un intervalo conocido; se muestran los últimos 30 días" }
    ReasonTimeZone { en: "not a known time zone; using this browser's", he: "אינו אזור זמן מוכר; נעשה שימוש באזור הזמן של הדפדפן", de: "keine bekannte Zeitzone; die des Browsers wird verwendet", es: "no es una zona horaria conocida; se usa la del navegador" }
    ReasonDomainMetric { en: "not a metric of the domain graph", he: "אינו מדד בגרף הדומיינים", de: "keine Kennzahl des Domain-Diagramms", es: "no es una métrica del gráfico de dominios" }
    ReasonTrendMetric { en: "not a metric of the over-time chart", he: "אינו מדד בתרשים לאורך זמן", de: "keine Kennzahl des Zeitverlaufs", es: "no es una métrica del gráfico temporal" }
    ReasonNodeId { en: "not a node id", he: "אינו מזהה של סרטון במסלול", de: "keine Knotenkennung", es: "no es un id de vídeo del recorrido" }
    ReasonPage { en: "not a page number", he: "אינו מספר עמוד", de: "keine Seitenzahl", es: "no es un número de página" }
    ReasonCountryCode { en: "not a two-letter country code", he: "אינו קוד מדינה בן שתי אותיות", de: "kein zweistelliger Ländercode", es: "no es un código de país de dos letras" }
    ReasonUserId { en: "not a user id", he: "אינו מזהה משתמש", de: "keine Nutzerkennung", es: "no es un id de usuario" }
    ReasonSearchTooLong { en: "search text too long", he: "טקסט החיפוש ארוך מדי", de: "Suchtext zu lang", es: "texto de búsqueda demasiado largo" }
    ReasonTooManySteps { en: "too many drill-down steps", he: "יותר מדי שלבי העמקה", de: "zu viele Drilldown-Schritte", es: "demasiados pasos de desglose" }
    ReasonLinkVersion { en: "unknown link version; the view was read as well as possible", he: "גרסת קישור לא מוכרת; התצוגה נקראה כמיטב היכולת", de: "unbekannte Link-Version; die Ansicht wurde so gut wie möglich gelesen", es: "versión de enlace desconocida; la vista se leyó lo mejor posible" }
    ReasonEmpty { en: "is empty", he: "ריק", de: "ist leer", es: "está vacío" }
    ReasonDelimiter { en: "contains a “|”, which no filter value can hold", he: "מכיל „|”, שאף ערך סינון אינו יכול להכיל", de: "enthält ein „|“, das kein Filterwert enthalten darf", es: "contiene un «|», que ningún valor de filtro puede llevar" }
    ReasonPlaybackType { en: "is not one of vod, live or dvr", he: "אינו vod,‏ live או dvr", de: "ist nicht vod, live oder dvr", es: "no es vod, live ni dvr" }
    ReasonTooLong { en: "is too long", he: "ארוך מדי", de: "ist zu lang", es: "es demasiado largo" }

    // Messages that were still English (session 4).
    NeedsKs { en: "This dashboard needs a Kaltura session (KS). Open it from your video portal, or add {0} (and {1} for a Kaltura server other than this one) to the address.", he: "לוח הבקרה זקוק להתחברות של Kaltura ‏(KS). פתחו אותו מפורטל הווידאו, או הוסיפו לכתובת ‎{0}‎ (ו־‎{1}‎ לשרת Kaltura אחר).", de: "Dieses Dashboard braucht eine Kaltura-Sitzung (KS). Öffnen Sie es aus Ihrem Videoportal oder ergänzen Sie die Adresse um {0} (und {1} für einen anderen Kaltura-Server).", es: "Este panel necesita una sesión de Kaltura (KS). Ábralo desde su portal de vídeo o añada {0} a la dirección (y {1} para otro servidor de Kaltura)." }
    WasValue { en: " · was {0}", he: " · היה {0}", de: " · vorher {0}", es: " · antes {0}" }
    ComparePeriodViews { en: "; compare period {0} views", he: "; תקופת ההשוואה {0} צפיות", de: "; Vergleichszeitraum {0} Aufrufe", es: "; periodo de comparación {0} vistas" }
    OfImpressions { en: "{0} of impressions", he: "{0} מההצגות", de: "{0} der Impressionen", es: "{0} de las impresiones" }
    OfImpressionsAndPlays { en: "{0} of impressions · {1} of plays", he: "{0} מההצגות · {1} מההפעלות", de: "{0} der Impressionen · {1} der Wiedergaben", es: "{0} de las impresiones · {1} de las reproducciones" }
    VideoId { en: "Video {0}", he: "סרטון {0}", de: "Video {0}", es: "Vídeo {0}" }
    NodeId { en: "Node {0}", he: "צומת {0}", de: "Knoten {0}", es: "Nodo {0}" }
    DeletedSuffix { en: " · deleted", he: " · נמחק", de: " · gelöscht", es: " · eliminado" }
    VideosCount { en: "{0} videos", he: "{0} סרטונים", de: "{0} Videos", es: "{0} vídeos" }
    AndDeletedKept { en: " and {0} deleted (kept for their history)", he: " ועוד {0} שנמחקו (נשמרים בשל ההיסטוריה שלהם)", de: " und {0} gelöschte (wegen ihres Verlaufs behalten)", es: " y {0} eliminados (se conservan por su historial)" }
    LikesUnfiltered { en: "Likes count every viewer: the filters do not apply to them.", he: "הלייקים נספרים מכל הצופים: המסננים אינם חלים עליהם.", de: "Likes zählen alle Zuschauer: Die Filter gelten für sie nicht.", es: "Los «me gusta» cuentan a todos los espectadores: los filtros no se les aplican." }
    OnePlay { en: "1 play", he: "הפעלה אחת", de: "1 Wiedergabe", es: "1 reproducción" }
    PlaysCount { en: "{0} plays", he: "{0} הפעלות", de: "{0} Wiedergaben", es: "{0} reproducciones" }
    OneImpression { en: "1 impression", he: "טעינה אחת", de: "1 Impression", es: "1 impresión" }
    ImpressionsCount { en: "{0} impressions", he: "{0} טעינות", de: "{0} Impressionen", es: "{0} impresiones" }
    ShareOfImpressions { en: "Share of impressions", he: "נתח מהטעינות", de: "Anteil an Impressionen", es: "Porcentaje de impresiones" }
    MoreImpressions { en: "More impressions", he: "יותר טעינות", de: "Mehr Impressionen", es: "Más impresiones" }
    ImpressionsBy { en: "Player impressions by {0}", he: "טעינות נגן לפי {0}", de: "Player-Impressionen nach {0}", es: "Impresiones del reproductor por {0}" }
    LeadsWithImpressions { en: "Nobody played this entry in these dates (an image is never played): lists and charts follow player impressions.", he: "איש לא הפעיל פריט זה בתאריכים אלה (תמונה אינה מופעלת לעולם): הרשימות והתרשימים עוקבים אחר טעינות הנגן.", de: "In diesem Zeitraum hat niemand diesen Eintrag abgespielt (ein Bild wird nie abgespielt): Listen und Diagramme folgen den Player-Impressionen.", es: "Nadie reprodujo esta entrada en estas fechas (una imagen nunca se reproduce): las listas y los gráficos siguen las impresiones del reproductor." }
    ClicksCount { en: "{0} clicks", he: "{0} לחיצות", de: "{0} Klicks", es: "{0} clics" }
    NodeTooltip { en: "Level {0} · {1} · {2} left the path here", he: "רמה {0} · {1} · {2} עזבו את המסלול כאן", de: "Ebene {0} · {1} · {2} haben den Pfad hier verlassen", es: "Nivel {0} · {1} · {2} dejaron el recorrido aquí" }
    PageUrlsCount { en: "{0} page URLs", he: "{0} כתובות דפים", de: "{0} Seiten-URLs", es: "{0} URL de página" }
    DomainsCount { en: "{0} domains", he: "{0} דומיינים", de: "{0} Domains", es: "{0} dominios" }
    DomainTrendSummary { en: "Line chart of {0} on {1} per {2}, {3} buckets.", he: "תרשים קו של {0} ב־{1} לפי {2}, {3} נקודות.", de: "Liniendiagramm: {0} auf {1} je {2}, {3} Werte.", es: "Gráfico de líneas de {0} en {1} por {2}, {3} puntos." }
    DomainTrendZero { en: "Line chart of {0} on {1} per {2}, {3} buckets, all zero.", he: "תרשים קו של {0} ב־{1} לפי {2}, {3} נקודות, כולן אפס.", de: "Liniendiagramm: {0} auf {1} je {2}, {3} Werte, alle null.", es: "Gráfico de líneas de {0} en {1} por {2}, {3} puntos, todos cero." }
    InternalError { en: "entrylens hit an internal error and stopped. Reload the page to continue; if it happens again, please report it.", he: "ב־entrylens אירעה שגיאה פנימית והוא נעצר. טענו מחדש את הדף כדי להמשיך; אם זה חוזר, אנא דווחו על כך.", de: "entrylens ist auf einen internen Fehler gestoßen und hat angehalten. Laden Sie die Seite neu, um fortzufahren; tritt er erneut auf, melden Sie ihn bitte.", es: "entrylens sufrió un error interno y se detuvo. Recargue la página para continuar; si vuelve a ocurrir, infórmenos." }
    MapNotLoaded { en: "the world map could not be loaded", he: "לא ניתן היה לטעון את מפת העולם", de: "die Weltkarte konnte nicht geladen werden", es: "no se pudo cargar el mapa del mundo" }
    MapHttp { en: "the world map could not be loaded (HTTP {0})", he: "לא ניתן היה לטעון את מפת העולם (HTTP {0})", de: "die Weltkarte konnte nicht geladen werden (HTTP {0})", es: "no se pudo cargar el mapa del mundo (HTTP {0})" }
    MapUnreadable { en: "the world map could not be read", he: "לא ניתן היה לקרוא את מפת העולם", de: "die Weltkarte konnte nicht gelesen werden", es: "no se pudo leer el mapa del mundo" }
    ChartsNotRequested { en: "the charts library could not be requested", he: "לא ניתן היה לבקש את ספריית התרשימים", de: "die Diagrammbibliothek konnte nicht angefordert werden", es: "no se pudo solicitar la biblioteca de gráficos" }
    ChartsNotLoaded { en: "the charts library could not be loaded", he: "לא ניתן היה לטעון את ספריית התרשימים", de: "die Diagrammbibliothek konnte nicht geladen werden", es: "no se pudo cargar la biblioteca de gráficos" }
    ChartRefused { en: "the chart library refused this data", he: "ספריית התרשימים דחתה את הנתונים האלה", de: "die Diagrammbibliothek hat diese Daten abgelehnt", es: "la biblioteca de gráficos rechazó estos datos" }
    FileRefused { en: "the browser refused to build the file", he: "הדפדפן סירב ליצור את הקובץ", de: "der Browser hat das Erstellen der Datei verweigert", es: "el navegador se negó a crear el archivo" }
    FileNotOffered { en: "the browser refused to offer the file", he: "הדפדפן סירב להציע את הקובץ להורדה", de: "der Browser hat das Anbieten der Datei verweigert", es: "el navegador se negó a ofrecer el archivo" }

    ShowFewerRows { en: "Show the first ten", he: "הצגת העשרה הראשונים", de: "Nur die ersten zehn anzeigen", es: "Mostrar solo los diez primeros" }
    ShowAllRows { en: "Show all {0}", he: "הצגת כל {0}", de: "Alle {0} anzeigen", es: "Mostrar los {0}" }
    // Inside exported files.
    CsvValue { en: "Value", he: "ערך", de: "Wert", es: "Valor" }
    CsvPercentOfVideo { en: "Percent of the video", he: "אחוז מהסרטון", de: "Prozent des Videos", es: "Porcentaje del vídeo" }
    CsvStart { en: "Start", he: "התחלה", de: "Beginn", es: "Inicio" }
    CsvStep { en: "Step", he: "שלב", de: "Schritt", es: "Paso" }
    CsvCount { en: "Count", he: "מספר", de: "Anzahl", es: "Cantidad" }
    CsvPercentOfImpressions { en: "Percent of impressions", he: "אחוז מההצגות", de: "Prozent der Impressionen", es: "Porcentaje de impresiones" }
    CsvRange { en: "Range", he: "טווח", de: "Zeitraum", es: "Periodo" }
    CsvComparedWith { en: "Compared with", he: "בהשוואה ל", de: "Verglichen mit", es: "Comparado con" }
    CsvFilters { en: "Filters", he: "מסננים", de: "Filter", es: "Filtros" }
    CsvNone { en: "none", he: "אין", de: "keine", es: "ninguno" }
    CsvFilterNamed { en: "Filter: {0}", he: "סינון: {0}", de: "Filter: {0}", es: "Filtro: {0}" }
}
