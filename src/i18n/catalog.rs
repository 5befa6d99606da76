//! The message catalog: every message in every language, side by side so none can be left out (the
//! macro will not compile an entry that lacks a language). `{0}`, `{1}`, … are filled by
//! [`super::tf`].

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

            /// The message in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
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

    // The page header.
    KindInteractive { en: "Interactive video", he: "סרטון אינטראקטיבי", de: "Interaktives Video", es: "Vídeo interactivo" }
    KindVideo { en: "Video", he: "וידאו", de: "Video", es: "Vídeo" }
    KindAudio { en: "Audio", he: "שמע", de: "Audio", es: "Audio" }
    KindImage { en: "Image", he: "תמונה", de: "Bild", es: "Imagen" }
    KindEntry { en: "Entry", he: "פריט", de: "Eintrag", es: "Entrada" }
    Owner { en: "Owner: {0}", he: "בעלים: {0}", de: "Eigentümer: {0}", es: "Propietario: {0}" }
    EntryNamed { en: "Entry {0}", he: "פריט {0}", de: "Eintrag {0}", es: "Entrada {0}" }
    Connecting { en: "Connecting to your video portal…", he: "מתחבר לפורטל הווידאו…", de: "Verbindung zu Ihrem Videoportal…", es: "Conectando con su portal de vídeo…" }
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
    PreviousPage { en: "‹ Previous", he: "‹ הקודם", de: "‹ Zurück", es: "‹ Anterior" }
    NextPage { en: "Next ›", he: "הבא ›", de: "Weiter ›", es: "Siguiente ›" }
    PageOf { en: "Page {0} of {1} · {2} rows", he: "עמוד {0} מתוך {1} · {2} שורות", de: "Seite {0} von {1} · {2} Zeilen", es: "Página {0} de {1} · {2} filas" }
    PageN { en: "Page {0}", he: "עמוד {0}", de: "Seite {0}", es: "Página {0}" }
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
}
