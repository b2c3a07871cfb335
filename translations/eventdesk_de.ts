<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppsCommand</name>
    <message>
        <source>Folder of the database.</source>
        <translation>Ordner der Datenbank.</translation>
    </message>
    <message>
        <source>create NAME, list or revoke ID</source>
        <translation>create NAME, list oder revoke ID</translation>
    </message>
    <message>
        <source>usage: eventdesk apps create NAME | list | revoke ID [--data-dir DIR]
</source>
        <translation>Aufruf: eventdesk apps create NAME | list | revoke ID [--data-dir ORDNER]
</translation>
    </message>
    <message>
        <source>App %1 &apos;%2&apos; created. Keep the key: it is not shown again.</source>
        <translation>App %1 &apos;%2&apos; erstellt. Bewahre den Schlüssel auf: Er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>usage: eventdesk apps create NAME | list | revoke ID
</source>
        <translation>Aufruf: eventdesk apps create NAME | list | revoke ID
</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Eventdesk: a desktop events manager with a local HTTP API.</source>
        <translation>Eventdesk: eine Desktop-Veranstaltungsverwaltung mit lokaler HTTP-API.</translation>
    </message>
    <message>
        <source>Collector tuning, comma-separated: sync=full|normal, wal-frames=N, commit-us=N, writer=thread|loop, inline=0|1 (see docs/collector.md).</source>
        <translation>Feinabstimmung des Sammlers, durch Kommas getrennt: sync=full|normal, wal-frames=N, commit-us=N, writer=thread|loop, inline=0|1 (siehe docs/collector.md).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Run the API server without a window.</source>
        <translation>Den API-Server ohne Fenster ausführen.</translation>
    </message>
    <message>
        <source>Port of the local API (default 8085).</source>
        <translation>Port der lokalen API (Standard: 8085).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <source>Folder of the database.</source>
        <translation>Ordner der Datenbank.</translation>
    </message>
    <message>
        <source>Language of the window (e.g. es, de; default: system).</source>
        <translation>Sprache des Fensters (z. B. es, de; Standard: Systemsprache).</translation>
    </message>
    <message>
        <source>Optional, first: a command such as &apos;import&apos; or &apos;track&apos; with its own arguments (&apos;eventdesk import --help&apos;).</source>
        <translation>Optional, an erster Stelle: ein Befehl wie &apos;import&apos; oder &apos;track&apos; mit eigenen Argumenten (&apos;eventdesk import --help&apos;).</translation>
    </message>
    <message>
        <source>Invalid port: %1
</source>
        <translation>Ungültiger Port: %1
</translation>
    </message>
    <message>
        <source>Invalid bind address: %1
</source>
        <translation>Ungültige Lauschadresse: %1
</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Unerwartetes Argument: %1
</translation>
    </message>
    <message>
        <source>Who may sign up over the API: open, invite or closed (default: the stored setting, invite).</source>
        <translation>Wer sich über die API registrieren darf: open, invite oder closed (Standard: die gespeicherte Einstellung, invite).</translation>
    </message>
    <message>
        <source>Invalid registration mode: %1 (open, invite or closed)
</source>
        <translation>Ungültiger Registrierungsmodus: %1 (open, invite oder closed)
</translation>
    </message>
    <message>
        <source>Whether feed fetches and webhooks may reach loopback, private and link-local addresses: auto, allow or deny (default: the stored setting, auto: only while the API listens on loopback alone).</source>
        <translation>Ob Feed-Abrufe und Webhooks Loopback-, private und Link-Local-Adressen erreichen dürfen: auto, allow oder deny (Standard: die gespeicherte Einstellung; auto: nur solange die API allein auf Loopback lauscht).</translation>
    </message>
    <message>
        <source>Invalid --outbound-private mode: %1 (auto, allow or deny)
</source>
        <translation>Ungültiger Modus für --outbound-private: %1 (auto, allow oder deny)
</translation>
    </message>
    <message>
        <source>The database: sqlite:PATH (default: eventdesk.sqlite3 in the data folder) or postgresql://USER@HOST:PORT/NAME (a shared server, see docs/server.md).</source>
        <translation>Die Datenbank: sqlite:PFAD (Standard: eventdesk.sqlite3 im Datenordner) oder postgresql://BENUTZER@HOST:PORT/NAME (ein gemeinsamer Server, siehe docs/server.md).</translation>
    </message>
</context>
<context>
    <name>EventPalette</name>
    <message>
        <source>Yours</source>
        <translation>Deins</translation>
    </message>
    <message>
        <source>You organize this event</source>
        <translation>Du organisierst diese Veranstaltung</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Dabei</translation>
    </message>
    <message>
        <source>You take part in this event</source>
        <translation>Du nimmst an dieser Veranstaltung teil</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vorbei</translation>
    </message>
    <message>
        <source>This event has ended</source>
        <translation>Diese Veranstaltung ist vorbei</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Imported from “%1”</source>
        <translation>Importiert aus „%1“</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <source>No tickets are left</source>
        <translation>Keine Karten mehr</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>ddd, MMM d</source>
        <extracomment>A compact date, QDate format: en &quot;ddd, MMM d&quot; (Sat, Nov 21), es &quot;ddd, d MMM&quot; (sáb, 21 nov), de &quot;ddd, d. MMM&quot; (Sa., 21. Nov.).</extracomment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd, MMM d, yyyy</source>
        <extracomment>A compact date in another year, QDate format: en &quot;ddd, MMM d, yyyy&quot;, es &quot;ddd, d MMM yyyy&quot;, de &quot;ddd, d. MMM yyyy&quot;.</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <extracomment>An agenda heading, QDate format: en &quot;dddd, MMMM d&quot; (Saturday, November 21), es &quot;dddd, d &apos;de&apos; MMMM&quot;, de &quot;dddd, d. MMMM&quot;.</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>dddd, MMMM d, yyyy</source>
        <extracomment>An agenda heading in another year, QDate format: en &quot;dddd, MMMM d, yyyy&quot;, es &quot;dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy&quot;, de &quot;dddd, d. MMMM yyyy&quot;.</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>The month view&apos;s title, QDate format: en &quot;MMMM yyyy&quot; (November 2026), es &quot;MMMM &apos;de&apos; yyyy&quot;, de &quot;MMMM yyyy&quot;.</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A day and a time: &quot;Tomorrow, 18:00&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · All day</source>
        <extracomment>An all-day event: %1 is the day (&quot;Tomorrow&quot;, &quot;Saturday&quot;, &quot;Sat, Nov 21&quot;).</extracomment>
        <translation>%1 · Ganztägig</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>An all-day event over several days: first and last day, both included.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>One day, start and end time: &quot;Tomorrow, 18:00 – 20:00&quot;.</extracomment>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>%1, %2 – %3, %4</source>
        <extracomment>Across days: &quot;Sat, Nov 21, 22:00 – Sun, Nov 22, 02:00&quot;.</extracomment>
        <translation>%1, %2 – %3, %4</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Core::AccountRules</name>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Gib deine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The e-mail address is too long (at most 254 characters).</source>
        <translation>Die E-Mail-Adresse ist zu lang (höchstens 254 Zeichen).</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, like name@example.org.</source>
        <translation>Gib eine gültige E-Mail-Adresse ein, etwa name@example.org.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Gib ein Passwort ein.</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>Das Passwort braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The password may have at most 1024 characters.</source>
        <translation>Das Passwort darf höchstens 1024 Zeichen haben.</translation>
    </message>
    <message>
        <source>The password must not be only digits.</source>
        <translation>Das Passwort darf nicht nur aus Ziffern bestehen.</translation>
    </message>
    <message>
        <source>The password must not be your e-mail address.</source>
        <translation>Das Passwort darf nicht deine E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>The display name may have at most 100 characters.</source>
        <translation>Der Anzeigename darf höchstens 100 Zeichen haben.</translation>
    </message>
    <message>
        <source>The display name must not contain control characters.</source>
        <translation>Der Anzeigename darf keine Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::AccountController</name>
    <message>
        <source>&amp;Sign Up...</source>
        <translation>&amp;Registrieren...</translation>
    </message>
    <message>
        <source>&amp;Log In...</source>
        <translation>&amp;Anmelden...</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>The login could not be kept in the system keychain (%1). You will need to log in again next time.</source>
        <translation>Die Anmeldung konnte nicht im Schlüsselbund des Systems gespeichert werden (%1). Beim nächsten Mal musst du dich erneut anmelden.</translation>
    </message>
    <message>
        <source>Signed out, but the server did not confirm: %1</source>
        <translation>Abgemeldet, aber der Server hat es nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>The saved login could not be removed from the system keychain (%1).</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund des Systems entfernt werden (%1).</translation>
    </message>
    <message>
        <source>Welcome back, %1.</source>
        <translation>Willkommen zurück, %1.</translation>
    </message>
    <message>
        <source>Your saved login has expired. Please log in again.</source>
        <translation>Deine gespeicherte Anmeldung ist abgelaufen. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>Could not restore the saved login: %1</source>
        <translation>Die gespeicherte Anmeldung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>&quot;Remember me&quot; is off: no system keychain (%1).</source>
        <translation>„Angemeldet bleiben“ ist aus: kein Schlüsselbund des Systems (%1).</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::AccountDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem &amp;Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keeps the login in the system keychain until you log out.</source>
        <translation>Bewahrt die Anmeldung im Schlüsselbund des Systems auf, bis du dich abmeldest.</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::ActivityChart</name>
    <message>
        <source>Events per minute</source>
        <translation>Ereignisse pro Minute</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Chart axis: day and month (d MMM), e.g. &quot;21 Nov&quot;</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::ActivityView</name>
    <message>
        <source>Session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>Show new events as they arrive</source>
        <translation>Neue Ereignisse anzeigen, sobald sie eintreffen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Select a rejected event to see its payload and reasons.</source>
        <translation>Wähle ein abgelehntes Ereignis aus, um Inhalt und Gründe zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>Dia&amp;gramm</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Reasons:
%1

Payload as received:
%2</source>
        <translation>Gründe:
%1

Inhalt wie empfangen:
%2</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Von… bis…</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>A&amp;bgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>Newest %Ln event(s) shown; updated %1</source>
        <translation>
            <numerusform>Das neueste Ereignis wird angezeigt; aktualisiert um %1</numerusform>
            <numerusform>Die neuesten %Ln Ereignisse werden angezeigt; aktualisiert um %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s); updated %1</source>
        <translation>
            <numerusform>%Ln Ereignis; aktualisiert um %1</numerusform>
            <numerusform>%Ln Ereignisse; aktualisiert um %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected event(s); updated %1</source>
        <translation>
            <numerusform>%Ln abgelehntes Ereignis; aktualisiert um %1</numerusform>
            <numerusform>%Ln abgelehnte Ereignisse; aktualisiert um %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Accepted events</source>
        <translation>Angenommene Ereignisse</translation>
    </message>
    <message>
        <source>Rejected events</source>
        <translation>Abgelehnte Ereignisse</translation>
    </message>
    <message>
        <source>Rejected event details</source>
        <translation>Details des abgelehnten Ereignisses</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <source>No events today</source>
        <translation>Heute keine Veranstaltungen</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <extracomment>A multi-day event in the agenda: &quot;Day 2 of 3&quot;.</extracomment>
        <translation>Tag %1 von %2</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Badges of an event joined in one line: &quot;Yours · Joined&quot;.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>How a screen reader reads an agenda row: time, title, place.</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::AppModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::AppsView</name>
    <message>
        <source>Name of the application, e.g. Web shop</source>
        <translation>Name der Anwendung, z. B. Webshop</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Schlüssel erstellen</translation>
    </message>
    <message>
        <source>&amp;Revoke key…</source>
        <translation>Schlüssel &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Applications with a key may post analytics events to POST /api/v1/track.</source>
        <translation>Anwendungen mit Schlüssel können Analyseereignisse an POST /api/v1/track senden.</translation>
    </message>
    <message>
        <source>Key of %1</source>
        <translation>Schlüssel von %1</translation>
    </message>
    <message>
        <source>Copy this key now: it is shown only once. The application sends it as &apos;Authorization: Bearer &lt;key&gt;&apos;.</source>
        <translation>Kopiere diesen Schlüssel jetzt: Er wird nur einmal angezeigt. Die Anwendung sendet ihn als &apos;Authorization: Bearer &lt;key&gt;&apos;.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke the key of %1? The application can no longer post events; what it sent stays.</source>
        <translation>Den Schlüssel von %1 widerrufen? Die Anwendung kann dann keine Ereignisse mehr senden; was sie gesendet hat, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Key revoked.</source>
        <translation>Schlüssel widerrufen.</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Name der Anwendung</translation>
    </message>
    <message>
        <source>App keys</source>
        <translation>App-Schlüssel</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::CalendarModel</name>
    <message numerus="yes">
        <source>%1, %n event(s)</source>
        <extracomment>A day cell read out by screen readers: &quot;Saturday, November 21, 2026, 3 events&quot;.</extracomment>
        <translation>
            <numerusform>%1, %n Veranstaltung</numerusform>
            <numerusform>%1, %n Veranstaltungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::CalendarSubscriptionsView</name>
    <message>
        <source>Subscribe in your calendar app</source>
        <translation>In Ihrer Kalender-App abonnieren</translation>
    </message>
    <message>
        <source>Calendar apps such as Thunderbird, GNOME Calendar or Outlook can show your own and joined events and keep them up to date. Each address works without a password: give it only to apps you trust, and revoke it when you stop using it.</source>
        <translation>Kalender-Apps wie Thunderbird, GNOME Kalender oder Outlook können Ihre eigenen und Ihre zugesagten Veranstaltungen zeigen und aktuell halten. Jede Adresse funktioniert ohne Passwort: Geben Sie sie nur Apps, denen Sie vertrauen, und widerrufen Sie sie, wenn Sie sie nicht mehr nutzen.</translation>
    </message>
    <message>
        <source>&amp;New Subscription Address</source>
        <translation>&amp;Neue Abo-Adresse</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Subscription addresses</source>
        <translation>Abo-Adressen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last Used by a Calendar App</source>
        <translation>Zuletzt von einer Kalender-App genutzt</translation>
    </message>
    <message>
        <source>The local API is stopped: calendar apps reach these addresses only while it runs. Start it in Settings › Local API.</source>
        <translation>Die lokale API ist angehalten: Kalender-Apps erreichen diese Adressen nur, während sie läuft. Starten Sie sie unter Einstellungen › Lokale API.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>No subscription addresses yet. Make one, then paste it into your calendar app&apos;s “New calendar from the web” or “Subscribe” dialog.</source>
        <translation>Noch keine Abo-Adressen. Erstellen Sie eine und fügen Sie sie in den Dialog „Neuer Kalender aus dem Netz“ oder „Abonnieren“ Ihrer Kalender-App ein.</translation>
    </message>
    <message>
        <source>Sign in to subscribe to your events in a calendar app.</source>
        <translation>Melden Sie sich an, um Ihre Veranstaltungen in einer Kalender-App zu abonnieren.</translation>
    </message>
    <message>
        <source>Subscribe in Your Calendar App</source>
        <translation>In Ihrer Kalender-App abonnieren</translation>
    </message>
    <message>
        <source>Paste one of these addresses into your calendar app: most take the webcal address, some want the http one. Copy it now: you will not see it again.</source>
        <translation>Fügen Sie eine dieser Adressen in Ihre Kalender-App ein: Die meisten nehmen die webcal-Adresse, manche wollen die http-Adresse. Kopieren Sie sie jetzt: Sie werden sie nicht wieder sehen.</translation>
    </message>
    <message>
        <source>&amp;Webcal address:</source>
        <translation>&amp;Webcal-Adresse:</translation>
    </message>
    <message>
        <source>&amp;HTTP address:</source>
        <translation>&amp;HTTP-Adresse:</translation>
    </message>
    <message>
        <source>Revoke Subscription Address</source>
        <translation>Abo-Adresse widerrufen</translation>
    </message>
    <message>
        <source>Revoke the address created %1?</source>
        <translation>Die am %1 erstellte Adresse widerrufen?</translation>
    </message>
    <message>
        <source>Calendar apps using it stop getting your events at once. This can&apos;t be undone.</source>
        <translation>Kalender-Apps, die sie nutzen, erhalten Ihre Veranstaltungen ab sofort nicht mehr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Revoke Address</source>
        <translation>Adresse &amp;widerrufen</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::CalendarView</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>The week and agenda title: the first and last day shown (&quot;Mon, Nov 16 – Sun, Nov 22&quot;).</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation>Die Veranstaltungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Go to Date</source>
        <translation>Gehe zu Datum</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Go to Date</source>
        <translation>&amp;Gehe zu Datum</translation>
    </message>
    <message>
        <source>Sign in to create events.</source>
        <translation>Melde dich an, um Veranstaltungen anzulegen.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An event in the day&apos;s list: %1 time, %2 title.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Past events are paler</source>
        <translation>Vergangene sind blasser</translation>
    </message>
    <message>
        <source>Previous Month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next Month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Previous Week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Next Week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tooltip: the action and its keys, &quot;Previous Month (Alt+Left)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Go to &amp;Date…</source>
        <translation>Gehe zu &amp;Datum…</translation>
    </message>
    <message>
        <source>Go to Date (%1)</source>
        <translation>Gehe zu Datum (%1)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>Age&amp;nda</source>
        <translation>A&amp;genda</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::CredentialStore</name>
    <message>
        <source>No keychain service is available.</source>
        <translation>Es ist kein Schlüsselbund-Dienst verfügbar.</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::DeliveriesModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>HTTP Status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Next Attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::ErrorText</name>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Etwas ist schiefgegangen (%1).</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Check the connection and try again in a moment.</source>
        <translation>Prüfe die Verbindung und versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Someone changed it in the meantime; it now shows their version.</source>
        <translation>Jemand hat es inzwischen geändert; jetzt wird diese Fassung angezeigt.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, please report it.</source>
        <translation>Versuche es noch einmal. Wenn es wieder passiert, melde es bitte.</translation>
    </message>
    <message>
        <source>Email or password is incorrect.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Versuche. Versuche es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuche es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::EventDetailPane</name>
    <message>
        <source>Write a comment</source>
        <translation>Schreib einen Kommentar</translation>
    </message>
    <message>
        <source>This event was deleted.</source>
        <translation>Diese Veranstaltung wurde gelöscht.</translation>
    </message>
    <message>
        <source>The comment must not be empty and at most %1 characters.</source>
        <translation>Der Kommentar darf nicht leer sein und höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A price range: &quot;€12 – €30&quot;.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change this event</source>
        <translation>Diese Veranstaltung ändern</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete this event for everyone</source>
        <translation>Diese Veranstaltung für alle löschen</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Kommentare</translation>
    </message>
    <message>
        <source>Ctrl+Enter posts the comment</source>
        <translation>Strg+Eingabe veröffentlicht den Kommentar</translation>
    </message>
    <message>
        <source>Edit c&amp;omment</source>
        <translation>Kommentar bearbeit&amp;en</translation>
    </message>
    <message>
        <source>&amp;Remove comment</source>
        <translation>Kommentar ent&amp;fernen</translation>
    </message>
    <message>
        <source>Select an event to see its details</source>
        <translation>Wähle eine Veranstaltung, um Details zu sehen</translation>
    </message>
    <message>
        <source>Imported from “%1”. Changes at the source appear after the next sync.</source>
        <translation>Importiert aus „%1“. Änderungen an der Quelle erscheinen nach dem nächsten Abgleich.</translation>
    </message>
    <message>
        <source>Organized by %1</source>
        <translation>Organisiert von %1</translation>
    </message>
    <message>
        <source>Nobody has joined yet</source>
        <translation>Noch niemand nimmt teil</translation>
    </message>
    <message numerus="yes">
        <source>%n going: %1</source>
        <extracomment>%n people joined; %1 the first names (&quot;3 going: Ann, Ben, Cy&quot;).</extracomment>
        <translation>
            <numerusform>%n nimmt teil: %1</numerusform>
            <numerusform>%n nehmen teil: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n going</source>
        <translation>
            <numerusform>%n nimmt teil</numerusform>
            <numerusform>%n nehmen teil</numerusform>
        </translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Keine Beschreibung</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <extracomment>A comment: author, when (“2 hours ago”), then the text on the next line.</extracomment>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>W&amp;ithdraw</source>
        <translation>&amp;Absagen</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Teilnehmen</translation>
    </message>
    <message>
        <source>Sign in to join events</source>
        <translation>Melde dich an, um teilzunehmen</translation>
    </message>
    <message>
        <source>Leave this event</source>
        <translation>Diese Veranstaltung verlassen</translation>
    </message>
    <message>
        <source>Take part in this event</source>
        <translation>An dieser Veranstaltung teilnehmen</translation>
    </message>
    <message>
        <source>&amp;Save comment</source>
        <translation>Kommentar &amp;speichern</translation>
    </message>
    <message>
        <source>This event has ended and can no longer be joined.</source>
        <translation>Diese Veranstaltung ist vorbei; man kann nicht mehr teilnehmen.</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Veranstaltung löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n people joined it. It disappears for them too, with its comments.</source>
        <translation>
            <numerusform>%n Person nimmt teil. Die Veranstaltung verschwindet auch für sie, mit ihren Kommentaren.</numerusform>
            <numerusform>%n Personen nehmen teil. Die Veranstaltung verschwindet auch für sie, mit ihren Kommentaren.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is deleted with its comments. This can&apos;t be undone.</source>
        <translation>Sie wird mit ihren Kommentaren gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>Veranstaltung &amp;löschen</translation>
    </message>
    <message>
        <source>Remove Comment</source>
        <translation>Kommentar entfernen</translation>
    </message>
    <message>
        <source>Remove this comment?</source>
        <translation>Diesen Kommentar entfernen?</translation>
    </message>
    <message>
        <source>&amp;Post comment</source>
        <translation>Kommentar &amp;veröffentlichen</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::EventDialog</name>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>The title must be at most %1 characters.</source>
        <translation>Der Titel darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The end must not be before the start.</source>
        <translation>Das Ende darf nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <source>The place must be at most %1 characters.</source>
        <translation>Der Ort darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The description must be at most %1 characters.</source>
        <translation>Die Beschreibung darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>What is happening?</source>
        <translation>Was findet statt?</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginnzeit</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation>&amp;um</translation>
    </message>
    <message>
        <source>a&amp;t</source>
        <translation>u&amp;m</translation>
    </message>
    <message>
        <source>All &amp;day</source>
        <translation>&amp;Ganztägig</translation>
    </message>
    <message>
        <source>Times in %1 (%2)</source>
        <extracomment>The time zone the dialog&apos;s times are in: &quot;Times in Europe/Madrid (CET)&quot;.</extracomment>
        <translation>Zeiten in %1 (%2)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Beschre&amp;ibung:</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Gib einen Titel ein.</translation>
    </message>
    <message>
        <source>Enter a time such as %1.</source>
        <translation>Gib eine Uhrzeit wie %1 ein.</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::EventTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation>(importiert)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::EventTypesEditor</name>
    <message>
        <source>{&quot;fields&quot;: {&quot;host&quot;: {&quot;type&quot;: &quot;string&quot;, &quot;required&quot;: true}}}</source>
        <translation>{&quot;fields&quot;: {&quot;host&quot;: {&quot;type&quot;: &quot;string&quot;, &quot;required&quot;: true}}}</translation>
    </message>
    <message>
        <source>&amp;New type</source>
        <translation>&amp;Neuer Typ</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>Regeln &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Delete type</source>
        <translation>T&amp;yp löschen</translation>
    </message>
    <message>
        <source>Strict: reject events of types without rules</source>
        <translation>Streng: Ereignisse von Typen ohne Regeln ablehnen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rules (JSON):</source>
        <translation>Regeln (JSON):</translation>
    </message>
    <message>
        <source>Allowed clock skew for future timestamps:</source>
        <translation>Erlaubte Uhrabweichung für Zeitstempel in der Zukunft:</translation>
    </message>
    <message>
        <source>%1 / %2 (built in)</source>
        <translation>%1 / %2 (eingebaut)</translation>
    </message>
    <message>
        <source>The rules are not a JSON object: %1</source>
        <translation>Die Regeln sind kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::EventsView</name>
    <message>
        <source>All events</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Bevorstehende</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangene</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>&amp;Joined</source>
        <translation>Mit &amp;Teilnahme</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Write the selected events to an .ics file (%1)</source>
        <translation>Schreibt die ausgewählten Veranstaltungen in eine .ics-Datei (%1)</translation>
    </message>
    <message>
        <source>iCalendar export is not available.</source>
        <translation>Der iCalendar-Export ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No events are selected.</source>
        <translation>Es sind keine Veranstaltungen ausgewählt.</translation>
    </message>
    <message>
        <source>Export selected events as iCalendar</source>
        <translation>Ausgewählte Veranstaltungen als iCalendar exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Could not export the selected events to %1: %2</source>
        <translation>Die ausgewählten Veranstaltungen konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Veranstaltungen suchen</translation>
    </message>
    <message>
        <source>Finds events by title and description (Ctrl+F)</source>
        <translation>Sucht Veranstaltungen nach Titel und Beschreibung (Strg+F)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>No events match “%1”.</source>
        <translation>Keine Veranstaltung passt zu „%1“.</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>Keine Veranstaltung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No events yet. Sign in to create one, or import a calendar with File › Import Calendar…</source>
        <translation>Noch keine Veranstaltungen. Melde dich an, um eine zu erstellen, oder importiere einen Kalender mit Datei › Kalender importieren…</translation>
    </message>
    <message>
        <source>No events yet. Create one with New Event (Ctrl+N), or import a calendar with File › Import Calendar…</source>
        <translation>Noch keine Veranstaltungen. Erstelle eine mit Neue Veranstaltung (Strg+N) oder importiere einen Kalender mit Datei › Kalender importieren…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Veranstaltung</numerusform>
            <numerusform>%Ln Veranstaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Veranstaltungen exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>%Ln Veranstaltung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Veranstaltungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the events to %1: %2</source>
        <translation>Die Veranstaltungen konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>All Events as &amp;CSV…</source>
        <translation>Alle Veranstaltungen als &amp;CSV…</translation>
    </message>
    <message>
        <source>Selected Events as &amp;iCalendar…</source>
        <translation>Ausgewählte Veranstaltungen als &amp;iCalendar…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Exportieren</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::FeedDialog</name>
    <message>
        <source>https://… or /path/to/feed.xml</source>
        <translation>https://… oder /pfad/zum/feed.xml</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Provider XML</source>
        <translation>Anbieter-XML</translation>
    </message>
    <message>
        <source>JSON API</source>
        <translation>JSON-API</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>Al&amp;le:</translation>
    </message>
    <message>
        <source>Edit Feed</source>
        <translation>Feed bearbeiten</translation>
    </message>
    <message>
        <source>Add Feed</source>
        <translation>Feed hinzufügen</translation>
    </message>
    <message>
        <source>Manual only</source>
        <translation>Nur manuell</translation>
    </message>
    <message>
        <source>Sync every (minutes)</source>
        <translation>Synchronisieren alle (Minuten)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::FeedsModel</name>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>jede Stunde</numerusform>
            <numerusform>alle %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>jede Minute</numerusform>
            <numerusform>alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK (not modified)</source>
        <translation>OK (unverändert)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Noch nie ausgeführt</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>erkennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::FeedsView</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Cannot read the feeds: %1</source>
        <translation>Die Feeds können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>No feeds yet. Add a feed to import events from a web site or a calendar file, and keep them up to date.</source>
        <translation>Noch keine Feeds. Füge einen Feed hinzu, um Veranstaltungen von einer Website oder aus einer Kalenderdatei zu importieren und aktuell zu halten.</translation>
    </message>
    <message>
        <source>A&amp;dd Feed…</source>
        <translation>Feed hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Import Calendar…</source>
        <translation>Kalender i&amp;mportieren…</translation>
    </message>
    <message>
        <source>E&amp;xport events from</source>
        <translation>&amp;Veranstaltungen exportieren vom</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <source>Save as i&amp;Calendar…</source>
        <translation>Als iCa&amp;lendar speichern…</translation>
    </message>
    <message>
        <source>Remove Feed</source>
        <translation>Feed entfernen</translation>
    </message>
    <message>
        <source>Remove the feed “%1”?</source>
        <translation>Den Feed „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its events stay in the calendar; they are no longer updated.</source>
        <translation>Seine Veranstaltungen bleiben im Kalender, werden aber nicht mehr aktualisiert.</translation>
    </message>
    <message>
        <source>&amp;Remove Feed</source>
        <translation>Feed &amp;entfernen</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>„%1“ wird synchronisiert …</translation>
    </message>
    <message>
        <source>Save as iCalendar</source>
        <translation>Als iCalendar speichern</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Exported the events to %1.</source>
        <translation>Veranstaltungen nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::FirstRunPage</name>
    <message>
        <source>Welcome to Eventdesk</source>
        <translation>Willkommen bei Eventdesk</translation>
    </message>
    <message>
        <source>Plan events, share them with others and follow the calendars you care about. Start with an account.</source>
        <translation>Plane Veranstaltungen, teile sie mit anderen und folge den Kalendern, die dich interessieren. Beginne mit einem Konto.</translation>
    </message>
    <message>
        <source>&amp;Create Account…</source>
        <translation>Konto &amp;erstellen…</translation>
    </message>
    <message>
        <source>Your events, the ones you join and your comments are kept under it.</source>
        <translation>Darin werden deine Veranstaltungen, deine Teilnahmen und deine Kommentare gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>A&amp;nmelden…</translation>
    </message>
    <message>
        <source>Use an account you already have on this computer.</source>
        <translation>Verwende ein Konto, das du auf diesem Computer schon hast.</translation>
    </message>
    <message>
        <source>&amp;Import Calendar…</source>
        <translation>Kalender &amp;importieren…</translation>
    </message>
    <message>
        <source>Read events from an .ics file, a provider feed or a web address.</source>
        <translation>Liest Veranstaltungen aus einer .ics-Datei, dem Feed eines Anbieters oder einer Webadresse.</translation>
    </message>
    <message>
        <source>&amp;Browse Events Without an Account</source>
        <translation>Veranstaltungen ohne Konto d&amp;urchsehen</translation>
    </message>
    <message>
        <source>Programs on this computer can also read and add events through Eventdesk&apos;s local API once it runs.</source>
        <translation>Programme auf diesem Computer können Veranstaltungen auch über die lokale API von Eventdesk lesen und anlegen, sobald sie läuft.</translation>
    </message>
    <message>
        <source>Programs on this computer can also read and add events through the local API at %1 (&lt;a href=&quot;%2&quot;&gt;documentation&lt;/a&gt;).</source>
        <translation>Programme auf diesem Computer können Veranstaltungen auch über die lokale API unter %1 lesen und anlegen (&lt;a href=&quot;%2&quot;&gt;Dokumentation&lt;/a&gt;).</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::ImportDialog</name>
    <message>
        <source>Provider XML</source>
        <translation>Anbieter-XML</translation>
    </message>
    <message>
        <source>JSON API (posts and comments)</source>
        <translation>JSON-API (Beiträge und Kommentare)</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>A file or an http(s) URL</source>
        <translation>Eine Datei oder eine http(s)-URL</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Starts (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>Ends (UTC)</source>
        <translation>Ende (UTC)</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import a feed</source>
        <translation>Einen Feed importieren</translation>
    </message>
    <message>
        <source>Feeds (*.xml *.json *.ics);;All files (*)</source>
        <translation>Feeds (*.xml *.json *.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot read it: %1</source>
        <translation>Kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The import failed and changed nothing: %1</source>
        <translation>Der Import ist fehlgeschlagen und hat nichts geändert: %1</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>Choose a file or enter a web address.</source>
        <translation>Wähle eine Datei oder gib eine Webadresse ein.</translation>
    </message>
    <message>
        <source>Choose a file or enter a web address first.</source>
        <translation>Wähle zuerst eine Datei oder gib eine Webadresse ein.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) read…</source>
        <translation>
            <numerusform>%Ln Veranstaltung gelesen …</numerusform>
            <numerusform>%Ln Veranstaltungen gelesen …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln event(s) from “%1”: %2 new, %3 updated, %4 unchanged.</source>
        <extracomment>%1 is the file or address, %2..%4 counts (&quot;30 new, 10 updated, 2 unchanged&quot;)</extracomment>
        <translation>
            <numerusform>%Ln Veranstaltung aus „%1“ importiert: %2 neu, %3 aktualisiert, %4 unverändert.</numerusform>
            <numerusform>%Ln Veranstaltungen aus „%1“ importiert: %2 neu, %3 aktualisiert, %4 unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) were skipped. The first reason: %1</source>
        <translation>
            <numerusform>%Ln Veranstaltung wurde übersprungen. Der Grund: %1</numerusform>
            <numerusform>%Ln Veranstaltungen wurden übersprungen. Der erste Grund: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Events in the file</source>
        <translation>Veranstaltungen in der Datei</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::IntegrationsWindow</name>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Programs on this computer, such as a web site&apos;s tracker or a script, read and add events through the local API. Each one needs an app key.</source>
        <translation>Programme auf diesem Computer, etwa der Tracker einer Website oder ein Skript, lesen und erstellen Veranstaltungen über die lokale API. Jedes braucht einen App-Schlüssel.</translation>
    </message>
    <message>
        <source>Open API &amp;Documentation</source>
        <translation>API-&amp;Dokumentation öffnen</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>Lokale API</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>App Keys</source>
        <translation>App-Schlüssel</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Event Types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Calendar Apps</source>
        <translation>Kalender-Apps</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Gib dein Passwort ein.</translation>
    </message>
    <message>
        <source>Checking the password...</source>
        <translation>Passwort wird geprüft...</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::MainWindow</name>
    <message>
        <source>Eventdesk</source>
        <translation>Eventdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Eventdesk</source>
        <translation>&amp;Über Eventdesk</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>About Eventdesk</source>
        <translation>Über Eventdesk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>%1 is not available in this build.</source>
        <translation>„%1“ ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>&amp;Import Calendar…</source>
        <translation>Kalender &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>Zu &amp;heute gehen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>&amp;Find Events</source>
        <translation>Veranstaltungen &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Integrations</source>
        <translation>&amp;Integrationen</translation>
    </message>
    <message>
        <source>API &amp;Documentation</source>
        <translation>API-&amp;Dokumentation</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>&amp;Feeds</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Hide Eventdesk</source>
        <translation>Eventdesk &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Show Eventdesk</source>
        <translation>Eventdesk &amp;anzeigen</translation>
    </message>
    <message>
        <source>Eventdesk is still running</source>
        <translation>Eventdesk läuft weiter</translation>
    </message>
    <message>
        <source>Reminders and the local API keep working. Change this in Settings.</source>
        <translation>Erinnerungen und die lokale API arbeiten weiter. Das lässt sich in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Local API on %1. Programs on this computer can use Eventdesk; see Tools › Integrations.</source>
        <translation>Lokale API unter %1. Programme auf diesem Computer können Eventdesk nutzen; siehe Extras › Integrationen.</translation>
    </message>
    <message>
        <source>Local API stopped: %1. Change the port in Settings.</source>
        <translation>Lokale API angehalten: %1. Ändere den Port in den Einstellungen.</translation>
    </message>
    <message>
        <source>Local API stopped.</source>
        <translation>Lokale API angehalten.</translation>
    </message>
    <message>
        <source>Sign in to create events</source>
        <translation>Melde dich an, um Veranstaltungen zu erstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eventdesk %1&lt;/b&gt;&lt;p&gt;A desktop calendar for the events you share, with a local API for your programs.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Eventdesk %1&lt;/b&gt;&lt;p&gt;Ein Desktop-Kalender für die Veranstaltungen, die du teilst, mit einer lokalen API für deine Programme.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::MonthDelegate</name>
    <message>
        <source>%1 %2</source>
        <comment>first of month</comment>
        <extracomment>The first day of a month in the month grid: %1 the short month name, %2 the day (&quot;Nov 1&quot;; es &quot;1 nov&quot;, de &quot;1. Nov.&quot;).</extracomment>
        <translation>%2. %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A timed event in the month grid: %1 the start time, %2 the title (&quot;18:00 Jazz&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>All Events</source>
        <translation>Alle Veranstaltungen</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::Reminders</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>In %n minute(s) · %1</source>
        <extracomment>A reminder&apos;s text: &quot;In 15 minutes · 18:00 – 20:30&quot;, then &quot; · &quot; and the place if any.</extracomment>
        <translation>
            <numerusform>In %n Minute · %1</numerusform>
            <numerusform>In %n Minuten · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Default: the user&apos;s data folder</source>
        <translation>Standard: der Datenordner des Benutzers</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Du&amp;rchsuchen...</translation>
    </message>
    <message>
        <source>API &amp;port:</source>
        <translation>API-&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>Not an IP address (for example 127.0.0.1 or ::1).</source>
        <translation>Keine IP-Adresse (zum Beispiel 127.0.0.1 oder ::1).</translation>
    </message>
    <message>
        <source>Warning: other computers on the network will be able to reach the API at this address.</source>
        <translation>Achtung: Andere Computer im Netzwerk können die API unter dieser Adresse erreichen.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>Lausch&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Keep running in the notification area when the window is closed</source>
        <translation>Im Infobereich &amp;weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Reminders and the local API keep working while the window is closed. Quit from the tray icon or the File menu.</source>
        <translation>Erinnerungen und die lokale API arbeiten bei geschlossenem Fenster weiter. Beenden über das Symbol im Infobereich oder das Menü Datei.</translation>
    </message>
    <message>
        <source>The API, language and data folder change the next time Eventdesk starts. Command-line options (--port, --bind, --lang, --data-dir) override these settings.</source>
        <translation>API, Sprache und Datenordner ändern sich beim nächsten Start von Eventdesk. Befehlszeilenoptionen (--port, --bind, --lang, --data-dir) haben Vorrang vor diesen Einstellungen.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n Minute vorher</numerusform>
            <numerusform>%n Minuten vorher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n Stunde vorher</numerusform>
            <numerusform>%n Stunden vorher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n Tag vorher</numerusform>
            <numerusform>%n Tage vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;minders:</source>
        <translation>&amp;Erinnerungen:</translation>
    </message>
    <message>
        <source>This instance (applies at once, for every account)</source>
        <translation>Diese Instanz (gilt sofort, für alle Konten)</translation>
    </message>
    <message>
        <source>Automatic: only while the API listens on this computer alone</source>
        <translation>Automatisch: nur solange die API ausschließlich auf diesem Computer lauscht</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Feed fetches and webhook deliveries to loopback (127.0.0.1, localhost), link-local and private network addresses. Allowing them lets anyone who may use the API make Eventdesk send requests to services on this computer and on your local network. Automatic allows them only while the API listens on 127.0.0.1 alone, when every API client is on this computer anyway.</source>
        <translation>Feed-Abrufe und Webhook-Zustellungen an Loopback-Adressen (127.0.0.1, localhost), Link-Local-Adressen und Adressen privater Netzwerke. Wer sie erlaubt, lässt jeden, der die API benutzen darf, Eventdesk Anfragen an Dienste auf diesem Computer und in Ihrem lokalen Netzwerk senden lassen. „Automatisch“ erlaubt sie nur, solange die API allein auf 127.0.0.1 lauscht; dann sind alle API-Clients ohnehin auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Outbound requests to private addresses:</source>
        <translation>&amp;Ausgehende Anfragen an private Adressen:</translation>
    </message>
    <message>
        <source>Sign in as an administrator to change this.</source>
        <translation>Melden Sie sich als Administrator an, um dies zu ändern.</translation>
    </message>
    <message>
        <source>Only administrators change this.</source>
        <translation>Nur Administratoren können dies ändern.</translation>
    </message>
    <message>
        <source>Such requests are allowed now.</source>
        <translation>Solche Anfragen sind derzeit erlaubt.</translation>
    </message>
    <message>
        <source>Such requests are refused now.</source>
        <translation>Solche Anfragen werden derzeit abgelehnt.</translation>
    </message>
    <message>
        <source>Set by --outbound-private for this run.</source>
        <translation>Für diesen Lauf durch --outbound-private festgelegt.</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::ShownOnceDialog</name>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::SignupDialog</name>
    <message>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>du@example.org</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Name (optional):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>At least 8 characters, not only digits, and not your e-mail address.</source>
        <translation>Mindestens 8 Zeichen, nicht nur Ziffern und nicht deine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation>Re&amp;gistrieren</translation>
    </message>
    <message>
        <source>Creating the account...</source>
        <translation>Konto wird erstellt...</translation>
    </message>
    <message>
        <source>An account with this e-mail address already exists.</source>
        <translation>Es gibt bereits ein Konto mit dieser E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::TrackedEventModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::TrackingErrorModel</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::UsersDialog</name>
    <message>
        <source>Users and invitations</source>
        <translation>Benutzer und Einladungen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Make &amp;administrator</source>
        <translation>Zum &amp;Administrator machen</translation>
    </message>
    <message>
        <source>Make &amp;member</source>
        <translation>Zum &amp;Mitglied machen</translation>
    </message>
    <message>
        <source>Anyone may sign up</source>
        <translation>Jeder darf sich registrieren</translation>
    </message>
    <message>
        <source>By invitation</source>
        <translation>Nur mit Einladung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Create &amp;invitation</source>
        <translation>&amp;Einladung erstellen</translation>
    </message>
    <message>
        <source>A new code appears here; it is shown once.</source>
        <translation>Hier erscheint ein neuer Code; er wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>Sign-up over the API:</source>
        <translation>Registrierung über die API:</translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation>Einladung:</translation>
    </message>
    <message>
        <source>This is the last administrator. Make another account an administrator first.</source>
        <translation>Dies ist der letzte Administrator. Machen Sie zuerst ein anderes Konto zum Administrator.</translation>
    </message>
    <message>
        <source>Only administrators manage users and invitations.</source>
        <translation>Nur Administratoren verwalten Benutzer und Einladungen.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Das hat nicht funktioniert: %1</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Set by --registration for this run.</source>
        <translation>Für diesen Lauf durch --registration festgelegt.</translation>
    </message>
    <message>
        <source>The window may always create accounts; the first account is an administrator.</source>
        <translation>Das Fenster darf immer Konten anlegen; das erste Konto ist Administrator.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Wählen Sie zuerst ein Konto aus.</translation>
    </message>
    <message>
        <source>%1 is now an administrator.</source>
        <translation>%1 ist jetzt Administrator.</translation>
    </message>
    <message>
        <source>%1 is now a member.</source>
        <translation>%1 ist jetzt Mitglied.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Single use, valid until %1. Send it with &quot;invite&quot; in the sign-up.</source>
        <translation>Einmalig, gültig bis %1. Senden Sie ihn als &quot;invite&quot; bei der Registrierung.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Einladungscode</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::WebhookDialog</name>
    <message>
        <source>Add Webhook</source>
        <translation>Webhook hinzufügen</translation>
    </message>
    <message>
        <source>https://example.org/hooks/eventdesk</source>
        <translation>https://example.org/hooks/eventdesk</translation>
    </message>
    <message>
        <source>What receives it, e.g. Team chat</source>
        <translation>Was es empfängt, z. B. Team-Chat</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Add Webhook</source>
        <translation>Webhook &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::WebhooksModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Event created</source>
        <translation>Veranstaltung erstellt</translation>
    </message>
    <message>
        <source>Event changed</source>
        <translation>Veranstaltung geändert</translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation>Veranstaltung gelöscht</translation>
    </message>
    <message>
        <source>Someone joined</source>
        <translation>Jemand nimmt teil</translation>
    </message>
    <message>
        <source>Someone withdrew</source>
        <translation>Jemand hat abgesagt</translation>
    </message>
    <message>
        <source>Comment added</source>
        <translation>Kommentar hinzugefügt</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>Kommentar geändert</translation>
    </message>
    <message>
        <source>Comment deleted</source>
        <translation>Kommentar gelöscht</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Off: the receiver answered 410 Gone</source>
        <translation>Aus: der Empfänger antwortete 410 Gone</translation>
    </message>
    <message>
        <source>Off: failed for 24 hours</source>
        <translation>Aus: 24 Stunden lang fehlgeschlagen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation>Fehlschläge seit %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>der Server antwortete %1</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <extracomment>%1 is the network&apos;s or the dispatcher&apos;s reason, in English.</extracomment>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Delivered · %1</source>
        <translation>Zugestellt · %1</translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>Fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Failed: %1. Next try at %2.</source>
        <translation>Fehlgeschlagen: %1. Nächster Versuch um %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Turned off on %1</source>
        <translation>Ausgeschaltet am %1</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last Delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::WebhooksView</name>
    <message>
        <source>Webhooks tell other services when events change: Eventdesk sends each change to their address, signed with a secret.</source>
        <translation>Webhooks melden anderen Diensten, wenn sich Veranstaltungen ändern: Eventdesk sendet jede Änderung an ihre Adresse, mit einem Geheimnis signiert.</translation>
    </message>
    <message>
        <source>&amp;Add Webhook…</source>
        <translation>Webhook &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Send &amp;Test</source>
        <translation>&amp;Test senden</translation>
    </message>
    <message>
        <source>Send a test message to the selected webhook</source>
        <translation>Sendet eine Testnachricht an den ausgewählten Webhook</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>No webhooks</source>
        <translation>Keine Webhooks</translation>
    </message>
    <message>
        <source>Add &amp;Webhook…</source>
        <translation>&amp;Webhook hinzufügen…</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>R&amp;edeliver</source>
        <translation>&amp;Erneut zustellen</translation>
    </message>
    <message>
        <source>Send the selected delivery again, with the same message id</source>
        <translation>Stellt die ausgewählte Zustellung erneut zu, mit derselben Nachrichten-ID</translation>
    </message>
    <message>
        <source>Webhooks tell other services when events change. Add one with the address that should receive them.</source>
        <translation>Webhooks melden anderen Diensten, wenn sich Veranstaltungen ändern. Fügen Sie einen mit der Adresse hinzu, die sie empfangen soll.</translation>
    </message>
    <message>
        <source>Sign in to add webhooks: they tell other services when your events change.</source>
        <translation>Melden Sie sich an, um Webhooks hinzuzufügen: Sie melden anderen Diensten, wenn sich Ihre Veranstaltungen ändern.</translation>
    </message>
    <message>
        <source>The webhook to %1 was turned off: the receiver answered 410 Gone (no longer wanted). Resume it in Tools › Integrations › Webhooks.</source>
        <translation>Der Webhook an %1 wurde ausgeschaltet: Der Empfänger antwortete 410 Gone (nicht mehr gewünscht). Setzen Sie ihn unter Extras › Integrationen › Webhooks fort.</translation>
    </message>
    <message>
        <source>The webhook to %1 was turned off after failing for 24 hours. Check the receiver, then resume it in Tools › Integrations › Webhooks.</source>
        <translation>Der Webhook an %1 wurde nach 24 Stunden voller Fehlschläge ausgeschaltet. Prüfen Sie den Empfänger und setzen Sie ihn dann unter Extras › Integrationen › Webhooks fort.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Send changes to this webhook again</source>
        <translation>Sendet wieder Änderungen an diesen Webhook</translation>
    </message>
    <message>
        <source>Stop sending changes to this webhook for now</source>
        <translation>Sendet vorerst keine Änderungen an diesen Webhook</translation>
    </message>
    <message>
        <source>No deliveries yet. Send Test to try the receiver.</source>
        <translation>Noch keine Zustellungen. Mit „Test senden“ den Empfänger ausprobieren.</translation>
    </message>
    <message>
        <source>Select a webhook to see its deliveries.</source>
        <translation>Wählen Sie einen Webhook, um seine Zustellungen zu sehen.</translation>
    </message>
    <message>
        <source>Webhook Secret</source>
        <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>The receiver checks each message&apos;s signature with this secret. Copy it now: you will not see it again.</source>
        <translation>Der Empfänger prüft die Signatur jeder Nachricht mit diesem Geheimnis. Kopieren Sie es jetzt: Sie werden es nicht wieder sehen.</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Delete Webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Delete the webhook to “%1”?</source>
        <translation>Webhook an „%1“ löschen?</translation>
    </message>
    <message>
        <source>It receives no more changes, and its delivery log is deleted. This can&apos;t be undone.</source>
        <translation>Er erhält keine Änderungen mehr, und sein Zustellprotokoll wird gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Delete Webhook</source>
        <translation>Webhook &amp;löschen</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::WeekView</name>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A day in the week view&apos;s header: %1 the short day name, %2 the day (&quot;Sat 21&quot;).
----------
A timed event in the week grid: %1 the start time, %2 the title.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Imports a provider XML, JSON API or iCalendar feed.</source>
        <translation>Importiert einen Anbieter-XML-, JSON-API- oder iCalendar-Feed.</translation>
    </message>
    <message>
        <source>The feed&apos;s format: provider, json or ical (default: detected).</source>
        <translation>Das Format des Feeds: provider, json oder ical (Standard: erkannt).</translation>
    </message>
    <message>
        <source>The events&apos; source (default: the format&apos;s name).</source>
        <translation>Die Quelle der Veranstaltungen (Standard: der Name des Formats).</translation>
    </message>
    <message>
        <source>The folder of the database.</source>
        <translation>Der Ordner der Datenbank.</translation>
    </message>
    <message>
        <source>iCalendar: expand recurring events from this date (default: a year ago).</source>
        <translation>iCalendar: wiederkehrende Veranstaltungen ab diesem Datum auflösen (Standard: vor einem Jahr).</translation>
    </message>
    <message>
        <source>iCalendar: expand recurring events until this date (default: in two years).</source>
        <translation>iCalendar: wiederkehrende Veranstaltungen bis zu diesem Datum auflösen (Standard: in zwei Jahren).</translation>
    </message>
    <message>
        <source>A file or an http(s) URL.</source>
        <translation>Eine Datei oder eine http(s)-URL.</translation>
    </message>
    <message>
        <source>Usage: eventdesk import FILE-or-URL [--format provider|json|ical] [--source S] [--from DATE --to DATE] [--data-dir D]
</source>
        <translation>Aufruf: eventdesk import DATEI-oder-URL [--format provider|json|ical] [--source S] [--from DATUM --to DATUM] [--data-dir D]
</translation>
    </message>
    <message>
        <source>eventdesk import: --format is provider, json or ical.
</source>
        <translation>eventdesk import: --format ist provider, json oder ical.
</translation>
    </message>
    <message>
        <source>eventdesk import: --from and --to are dates (YYYY-MM-DD).
</source>
        <translation>eventdesk import: --from und --to sind Datumsangaben (JJJJ-MM-TT).
</translation>
    </message>
    <message>
        <source>import #%1 failed (%2): %3
</source>
        <translation>Import Nr. %1 fehlgeschlagen (%2): %3
</translation>
    </message>
    <message>
        <source>import #%1 (%2, source %3): added %4, updated %5, unchanged %6, skipped %7 in %8 ms (fetch %9 ms)
</source>
        <translation>Import Nr. %1 (%2, Quelle %3): %4 hinzugefügt, %5 aktualisiert, %6 unverändert, %7 übersprungen in %8 ms (Abruf %9 ms)
</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Copies this SQLite database into an empty PostgreSQL database (docs/server.md).</source>
        <translation>Kopiert diese SQLite-Datenbank in eine leere PostgreSQL-Datenbank (docs/server.md).</translation>
    </message>
    <message>
        <source>The PostgreSQL database: postgresql://USER@HOST:PORT/NAME.</source>
        <translation>Die PostgreSQL-Datenbank: postgresql://BENUTZER@HOST:PORT/NAME.</translation>
    </message>
    <message>
        <source>The folder of the SQLite database.</source>
        <translation>Der Ordner der SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The SQLite database: sqlite:PATH.</source>
        <translation>Die SQLite-Datenbank: sqlite:PFAD.</translation>
    </message>
    <message>
        <source>Usage: eventdesk migrate --to postgresql://USER@HOST:PORT/NAME [--data-dir D | --database sqlite:PATH]
</source>
        <translation>Aufruf: eventdesk migrate --to postgresql://BENUTZER@HOST:PORT/NAME [--data-dir D | --database sqlite:PFAD]
</translation>
    </message>
    <message>
        <source>eventdesk migrate: --to is a PostgreSQL URI (postgresql://USER@HOST:PORT/NAME).
</source>
        <translation>eventdesk migrate: --to ist eine PostgreSQL-URI (postgresql://BENUTZER@HOST:PORT/NAME).
</translation>
    </message>
    <message>
        <source>eventdesk migrate: the source is a SQLite database.
</source>
        <translation>eventdesk migrate: die Quelle ist eine SQLite-Datenbank.
</translation>
    </message>
    <message>
        <source>Copying %1 into %2
</source>
        <translation>Kopiere %1 nach %2
</translation>
    </message>
    <message>
        <source>  %1: %2 rows
</source>
        <translation>  %1: %2 Zeilen
</translation>
    </message>
    <message>
        <source>eventdesk migrate: %1 Nothing was written.
</source>
        <translation>eventdesk migrate: %1 Es wurde nichts geschrieben.
</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables in %3 ms; every table&apos;s count matches.
</source>
        <translation>%1 Zeilen in %2 Tabellen in %3 ms kopiert; die Zeilenzahl jeder Tabelle stimmt überein.
</translation>
    </message>
</context>
<context>
    <name>TrackCommand</name>
    <message>
        <source>line %1: rejected: not a JSON object</source>
        <translation>Zeile %1: abgelehnt: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>line %1: rejected: larger than 32 KiB</source>
        <translation>Zeile %1: abgelehnt: größer als 32 KiB</translation>
    </message>
    <message>
        <source>line %1: rejected: %2</source>
        <translation>Zeile %1: abgelehnt: %2</translation>
    </message>
    <message>
        <source>lines %1-%2: %3 accepted (%4 duplicates), %5 rejected</source>
        <translation>Zeilen %1-%2: %3 angenommen (%4 Duplikate), %5 abgelehnt</translation>
    </message>
    <message>
        <source>lines %1-%2: not delivered: %3</source>
        <translation>Zeilen %1-%2: nicht zugestellt: %3</translation>
    </message>
    <message>
        <source>lines %1-%2: %3; retrying in %4 ms</source>
        <translation>Zeilen %1-%2: %3; neuer Versuch in %4 ms</translation>
    </message>
    <message>
        <source>total: %1 accepted (%2 duplicates), %3 rejected, %4 not delivered</source>
        <translation>Gesamt: %1 angenommen (%2 Duplikate), %3 abgelehnt, %4 nicht zugestellt</translation>
    </message>
    <message>
        <source>Reads events as JSON lines on standard input and posts them to an Eventdesk collector in batches.</source>
        <translation>Liest Ereignisse als JSON-Zeilen von der Standardeingabe und sendet sie stapelweise an einen Eventdesk-Collector.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The Eventdesk server (default http://127.0.0.1:8085).</source>
        <translation>Der Eventdesk-Server (Standard: http://127.0.0.1:8085).</translation>
    </message>
    <message>
        <source>The app key (eda_...); default: $EVENTDESK_APP_KEY.</source>
        <translation>Der App-Schlüssel (eda_...); Standard: $EVENTDESK_APP_KEY.</translation>
    </message>
    <message>
        <source>Events per request, 1-1000 (default 500).</source>
        <translation>Ereignisse pro Anfrage, 1-1000 (Standard: 500).</translation>
    </message>
    <message>
        <source>Attempts per batch before giving up (default 6).</source>
        <translation>Versuche pro Stapel, bevor aufgegeben wird (Standard: 6).</translation>
    </message>
    <message>
        <source>eventdesk track: give --url, --key (or EVENTDESK_APP_KEY) and --batch 1-1000.
</source>
        <translation>eventdesk track: gib --url, --key (oder EVENTDESK_APP_KEY) und --batch 1-1000 an.
</translation>
    </message>
</context>
<context>
    <name>WindowFactory</name>
    <message>
        <source>&amp;Users and invitations…</source>
        <translation>&amp;Benutzer und Einladungen…</translation>
    </message>
</context>
<context>
    <name>generate</name>
    <message>
        <source>Fills the database with sample users, events and one crowded event.</source>
        <translation>Füllt die Datenbank mit Beispielbenutzern, -veranstaltungen und einer gut besuchten Veranstaltung.</translation>
    </message>
    <message>
        <source>Number of events.</source>
        <translation>Anzahl der Veranstaltungen.</translation>
    </message>
    <message>
        <source>Number of users.</source>
        <translation>Anzahl der Benutzer.</translation>
    </message>
    <message>
        <source>Participants of the crowded event.</source>
        <translation>Teilnehmende der gut besuchten Veranstaltung.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Zufallsstartwert.</translation>
    </message>
    <message>
        <source>Folder of the database.</source>
        <translation>Ordner der Datenbank.</translation>
    </message>
    <message>
        <source>eventdesk generate: numbers expected.
</source>
        <translation>eventdesk generate: Zahlen erwartet.
</translation>
    </message>
    <message>
        <source>eventdesk generate: counts must be &gt;= 0.
</source>
        <translation>eventdesk generate: Anzahlen müssen &gt;= 0 sein.
</translation>
    </message>
    <message>
        <source>Generated %1 users, %2 events and %3 participants of event %4 in %5 ms (%6).
</source>
        <translation>%1 Benutzer, %2 Veranstaltungen und %3 Teilnehmende der Veranstaltung %4 in %5 ms erzeugt (%6).
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>eventdesk: unknown command &apos;%1&apos;. See eventdesk --help.
</source>
        <translation>eventdesk: unbekannter Befehl &apos;%1&apos;. Siehe eventdesk --help.
</translation>
    </message>
    <message>
        <source>No display found: starting the API server headless (use --headless to say so).
</source>
        <translation>Kein Bildschirm gefunden: Der API-Server startet ohne Fenster (mit --headless lässt sich das ausdrücklich angeben).
</translation>
    </message>
    <message>
        <source>eventdesk: %1
</source>
        <translation>eventdesk: %1
</translation>
    </message>
    <message>
        <source>Warning: the API listens on %1, not only on this machine. Other computers can reach it.
</source>
        <translation>Achtung: Die API lauscht auf %1, nicht nur auf diesem Rechner. Andere Computer können sie erreichen.
</translation>
    </message>
    <message>
        <source>Eventdesk %1 API listening on %2 (database %3). Press Ctrl+C to stop.
</source>
        <translation>Eventdesk-%1-API lauscht auf %2 (Datenbank %3). Zum Beenden Strg+C drücken.
</translation>
    </message>
    <message>
        <source>Eventdesk stopped.
</source>
        <translation>Eventdesk wurde beendet.
</translation>
    </message>
</context>
</TS>
