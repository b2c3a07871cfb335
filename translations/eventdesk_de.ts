<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>Eventdesk: a desktop events manager with a local HTTP API.</source>
        <translation>Eventdesk: eine Desktop-Veranstaltungsverwaltung mit lokaler HTTP-API.</translation>
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
        <source>Optional, first: a command such as 'import' or 'track' with its own arguments ('eventdesk import --help').</source>
        <translation>Optional, an erster Stelle: ein Befehl wie 'import' oder 'track' mit eigenen Argumenten ('eventdesk import --help').</translation>
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
        <source>"Remember me" is off: no system keychain (%1).</source>
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
    <message>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation>Zu viele Versuche. Versuche es in %1 s erneut.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Etwas ist schiefgegangen: %1</translation>
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
    <message>
        <source>Wrong e-mail or password.</source>
        <translation>E-Mail-Adresse oder Passwort falsch.</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::MainWindow</name>
    <message>
        <source>Eventdesk</source>
        <translation>Eventdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Eventdesk&lt;/h2&gt;&lt;p&gt;Sign up or log in from the &lt;b&gt;Account&lt;/b&gt; menu.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Eventdesk&lt;/h2&gt;&lt;p&gt;Registriere dich oder melde dich über das Menü &lt;b&gt;Konto&lt;/b&gt; an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
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
        <source>API &amp;documentation</source>
        <translation>API-&amp;Dokumentation</translation>
    </message>
    <message>
        <source>&amp;About Eventdesk</source>
        <translation>&amp;Über Eventdesk</translation>
    </message>
    <message>
        <source>API: %1 (running)</source>
        <translation>API: %1 (läuft)</translation>
    </message>
    <message>
        <source>API: not running: %1</source>
        <translation>API: läuft nicht: %1</translation>
    </message>
    <message>
        <source>API: stopped</source>
        <translation>API: gestoppt</translation>
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
        <source>&lt;b&gt;Eventdesk %1&lt;/b&gt;&lt;p&gt;A desktop events manager with a local HTTP API.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Eventdesk %1&lt;/b&gt;&lt;p&gt;Eine Desktop-Veranstaltungsverwaltung mit lokaler HTTP-API.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Eventdesk&lt;/h2&gt;&lt;p&gt;You are signed in as %1.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Eventdesk&lt;/h2&gt;&lt;p&gt;Du bist angemeldet als %1.&lt;/p&gt;</translation>
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
        <source>Default: the user's data folder</source>
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
        <source>Changes take effect the next time Eventdesk starts. Command-line options (--port, --bind, --lang, --data-dir) override these settings.</source>
        <translation>Änderungen gelten ab dem nächsten Start von Eventdesk. Kommandozeilenoptionen (--port, --bind, --lang, --data-dir) haben Vorrang vor diesen Einstellungen.</translation>
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
    <name>main</name>
    <message>
        <source>eventdesk: unknown command '%1'. See eventdesk --help.
</source>
        <translation>eventdesk: unbekannter Befehl '%1'. Siehe eventdesk --help.
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