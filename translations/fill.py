#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One-off helper used to write the Spanish and German translations into the .ts files that
# lupdate produced. Usage: translations/fill.py (from the repository root). Entries it does not
# know stay "unfinished" and are listed, so a refresh after merging shows what is left to do.
import sys
import xml.etree.ElementTree as ET

T = {
 # source: (es, de)
 "Eventdesk: a desktop events manager with a local HTTP API.": (
  "Eventdesk: un gestor de eventos de escritorio con una API HTTP local.",
  "Eventdesk: eine Desktop-Veranstaltungsverwaltung mit lokaler HTTP-API."),
 "Show this help.": ("Muestra esta ayuda.", "Diese Hilfe anzeigen."),
 "Show the version.": ("Muestra la versión.", "Die Version anzeigen."),
 "Run the API server without a window.": ("Ejecuta el servidor de la API sin ventana.",
  "Den API-Server ohne Fenster ausführen."),
 "Port of the local API (default 8085).": ("Puerto de la API local (predeterminado: 8085).",
  "Port der lokalen API (Standard: 8085)."),
 "Address to listen on (default 127.0.0.1).": (
  "Dirección en la que escuchar (predeterminada: 127.0.0.1).",
  "Adresse, auf der gelauscht wird (Standard: 127.0.0.1)."),
 "Folder of the database.": ("Carpeta de la base de datos.", "Ordner der Datenbank."),
 "Language of the window (e.g. es, de; default: system).": (
  "Idioma de la ventana (p. ej. es, de; predeterminado: el del sistema).",
  "Sprache des Fensters (z. B. es, de; Standard: Systemsprache)."),
 "Optional, first: a command such as 'import' or 'track' with its own arguments ('eventdesk import --help').": (
  "Opcional, en primer lugar: una orden como 'import' o 'track' con sus propios argumentos ('eventdesk import --help').",
  "Optional, an erster Stelle: ein Befehl wie 'import' oder 'track' mit eigenen Argumenten ('eventdesk import --help')."),
 "Invalid port: %1\n": ("Puerto no válido: %1\n", "Ungültiger Port: %1\n"),
 "Invalid bind address: %1\n": ("Dirección de escucha no válida: %1\n",
  "Ungültige Lauschadresse: %1\n"),
 "Unexpected argument: %1\n": ("Argumento inesperado: %1\n", "Unerwartetes Argument: %1\n"),
 "Enter your e-mail address.": ("Introduce tu dirección de correo electrónico.",
  "Gib deine E-Mail-Adresse ein."),
 "The e-mail address is too long (at most 254 characters).": (
  "La dirección de correo es demasiado larga (254 caracteres como máximo).",
  "Die E-Mail-Adresse ist zu lang (höchstens 254 Zeichen)."),
 "Enter a valid e-mail address, like name@example.org.": (
  "Introduce una dirección de correo válida, como nombre@example.org.",
  "Gib eine gültige E-Mail-Adresse ein, etwa name@example.org."),
 "Enter a password.": ("Introduce una contraseña.", "Gib ein Passwort ein."),
 "The password needs at least 8 characters.": (
  "La contraseña necesita al menos 8 caracteres.",
  "Das Passwort braucht mindestens 8 Zeichen."),
 "The password may have at most 1024 characters.": (
  "La contraseña puede tener como máximo 1024 caracteres.",
  "Das Passwort darf höchstens 1024 Zeichen haben."),
 "The password must not be only digits.": (
  "La contraseña no puede contener solo dígitos.",
  "Das Passwort darf nicht nur aus Ziffern bestehen."),
 "The password must not be your e-mail address.": (
  "La contraseña no puede ser tu dirección de correo.",
  "Das Passwort darf nicht deine E-Mail-Adresse sein."),
 "The display name may have at most 100 characters.": (
  "El nombre visible puede tener como máximo 100 caracteres.",
  "Der Anzeigename darf höchstens 100 Zeichen haben."),
 "The display name must not contain control characters.": (
  "El nombre visible no puede contener caracteres de control.",
  "Der Anzeigename darf keine Steuerzeichen enthalten."),
 "&Sign Up...": ("&Registrarse...", "&Registrieren..."),
 "&Log In...": ("&Iniciar sesión...", "&Anmelden..."),
 "Log &Out": ("&Cerrar sesión", "A&bmelden"),
 "Signed in as %1.": ("Sesión iniciada como %1.", "Angemeldet als %1."),
 "The login could not be kept in the system keychain (%1). You will need to log in again next time.": (
  "No se pudo guardar la sesión en el llavero del sistema (%1). La próxima vez tendrás que iniciar sesión de nuevo.",
  "Die Anmeldung konnte nicht im Schlüsselbund des Systems gespeichert werden (%1). Beim nächsten Mal musst du dich erneut anmelden."),
 "Signed out, but the server did not confirm: %1": (
  "Sesión cerrada, pero el servidor no lo confirmó: %1",
  "Abgemeldet, aber der Server hat es nicht bestätigt: %1"),
 "Signed out.": ("Sesión cerrada.", "Abgemeldet."),
 "The saved login could not be removed from the system keychain (%1).": (
  "No se pudo borrar la sesión guardada del llavero del sistema (%1).",
  "Die gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund des Systems entfernt werden (%1)."),
 "\"Remember me\" is off: no system keychain (%1).": (
  "«Recordarme» está desactivado: no hay llavero del sistema (%1).",
  "„Angemeldet bleiben“ ist aus: kein Schlüsselbund des Systems (%1)."),
 "Welcome back, %1.": ("Hola de nuevo, %1.", "Willkommen zurück, %1."),
 "Your saved login has expired. Please log in again.": (
  "Tu sesión guardada ha caducado. Vuelve a iniciar sesión.",
  "Deine gespeicherte Anmeldung ist abgelaufen. Bitte melde dich erneut an."),
 "Could not restore the saved login: %1": (
  "No se pudo recuperar la sesión guardada: %1",
  "Die gespeicherte Anmeldung konnte nicht wiederhergestellt werden: %1"),
 "&Remember me on this computer": ("&Recordarme en este equipo",
  "Auf diesem &Computer angemeldet bleiben"),
 "Keeps the login in the system keychain until you log out.": (
  "Guarda la sesión en el llavero del sistema hasta que la cierres.",
  "Bewahrt die Anmeldung im Schlüsselbund des Systems auf, bis du dich abmeldest."),
 "Too many attempts. Try again in %1 s.": (
  "Demasiados intentos. Vuelve a intentarlo dentro de %1 s.",
  "Zu viele Versuche. Versuche es in %1 s erneut."),
 "Something went wrong: %1": ("Algo salió mal: %1", "Etwas ist schiefgegangen: %1"),
 "No keychain service is available.": ("No hay ningún servicio de llavero disponible.",
  "Es ist kein Schlüsselbund-Dienst verfügbar."),
 "Log in": ("Iniciar sesión", "Anmelden"),
 "&E-mail:": ("Correo &electrónico:", "&E-Mail:"),
 "&Password:": ("&Contraseña:", "&Passwort:"),
 "&Log in": ("&Iniciar sesión", "&Anmelden"),
 "Enter your password.": ("Introduce tu contraseña.", "Gib dein Passwort ein."),
 "Checking the password...": ("Comprobando la contraseña...", "Passwort wird geprüft..."),
 "Wrong e-mail or password.": ("Correo o contraseña incorrectos.",
  "E-Mail-Adresse oder Passwort falsch."),
 "Eventdesk": ("Eventdesk", "Eventdesk"),
 "<h2>Welcome to Eventdesk</h2><p>Sign up or log in from the <b>Account</b> menu.</p>": (
  "<h2>Te damos la bienvenida a Eventdesk</h2><p>Regístrate o inicia sesión desde el menú <b>Cuenta</b>.</p>",
  "<h2>Willkommen bei Eventdesk</h2><p>Registriere dich oder melde dich über das Menü <b>Konto</b> an.</p>"),
 "<h2>Welcome to Eventdesk</h2><p>You are signed in as %1.</p>": (
  "<h2>Te damos la bienvenida a Eventdesk</h2><p>Has iniciado sesión como %1.</p>",
  "<h2>Willkommen bei Eventdesk</h2><p>Du bist angemeldet als %1.</p>"),
 "&File": ("&Archivo", "&Datei"),
 "&Settings...": ("&Preferencias...", "&Einstellungen..."),
 "&Quit": ("&Salir", "&Beenden"),
 "&Account": ("&Cuenta", "&Konto"),
 "&View": ("&Ver", "&Ansicht"),
 "&Help": ("A&yuda", "&Hilfe"),
 "API &documentation": ("&Documentación de la API", "API-&Dokumentation"),
 "&About Eventdesk": ("&Acerca de Eventdesk", "&Über Eventdesk"),
 "API: %1 (running)": ("API: %1 (en marcha)", "API: %1 (läuft)"),
 "API: not running: %1": ("API: detenida: %1", "API: läuft nicht: %1"),
 "API: stopped": ("API: detenida", "API: gestoppt"),
 "Not signed in": ("Sin sesión iniciada", "Nicht angemeldet"),
 "Signed in as %1": ("Sesión iniciada como %1", "Angemeldet als %1"),
 "About Eventdesk": ("Acerca de Eventdesk", "Über Eventdesk"),
 "<b>Eventdesk %1</b><p>A desktop events manager with a local HTTP API.</p>": (
  "<b>Eventdesk %1</b><p>Un gestor de eventos de escritorio con una API HTTP local.</p>",
  "<b>Eventdesk %1</b><p>Eine Desktop-Veranstaltungsverwaltung mit lokaler HTTP-API.</p>"),
 "Settings": ("Preferencias", "Einstellungen"),
 "System language": ("Idioma del sistema", "Systemsprache"),
 "Default: the user's data folder": ("Predeterminada: la carpeta de datos del usuario",
  "Standard: der Datenordner des Benutzers"),
 "&Browse...": ("&Examinar...", "Du&rchsuchen..."),
 "API &port:": ("&Puerto de la API:", "API-&Port:"),
 "Listen on &address:": ("&Dirección de escucha:", "Lausch&adresse:"),
 "&Language:": ("&Idioma:", "&Sprache:"),
 "&Data folder:": ("&Carpeta de datos:", "&Datenordner:"),
 "Changes take effect the next time Eventdesk starts. Command-line options (--port, --bind, --lang, --data-dir) override these settings.": (
  "Los cambios se aplican la próxima vez que se inicie Eventdesk. Las opciones de la línea de órdenes (--port, --bind, --lang, --data-dir) prevalecen sobre estas preferencias.",
  "Änderungen gelten ab dem nächsten Start von Eventdesk. Kommandozeilenoptionen (--port, --bind, --lang, --data-dir) haben Vorrang vor diesen Einstellungen."),
 "Not an IP address (for example 127.0.0.1 or ::1).": (
  "No es una dirección IP (por ejemplo 127.0.0.1 o ::1).",
  "Keine IP-Adresse (zum Beispiel 127.0.0.1 oder ::1)."),
 "Warning: other computers on the network will be able to reach the API at this address.": (
  "Atención: otros equipos de la red podrán acceder a la API en esta dirección.",
  "Achtung: Andere Computer im Netzwerk können die API unter dieser Adresse erreichen."),
 "Data folder": ("Carpeta de datos", "Datenordner"),
 "Create an account": ("Crear una cuenta", "Konto erstellen"),
 "you@example.org": ("tu@example.org", "du@example.org"),
 "&Name (optional):": ("&Nombre (opcional):", "&Name (optional):"),
 "At least 8 characters, not only digits, and not your e-mail address.": (
  "Al menos 8 caracteres, no solo dígitos y distinta de tu dirección de correo.",
  "Mindestens 8 Zeichen, nicht nur Ziffern und nicht deine E-Mail-Adresse."),
 "&Sign up": ("Re&gistrarse", "Re&gistrieren"),
 "Creating the account...": ("Creando la cuenta...", "Konto wird erstellt..."),
 "An account with this e-mail address already exists.": (
  "Ya existe una cuenta con esta dirección de correo.",
  "Es gibt bereits ein Konto mit dieser E-Mail-Adresse."),
 "eventdesk: unknown command '%1'. See eventdesk --help.\n": (
  "eventdesk: orden desconocida '%1'. Consulta eventdesk --help.\n",
  "eventdesk: unbekannter Befehl '%1'. Siehe eventdesk --help.\n"),
 "No display found: starting the API server headless (use --headless to say so).\n": (
  "No se encontró ninguna pantalla: se inicia el servidor de la API sin ventana (usa --headless para indicarlo).\n",
  "Kein Bildschirm gefunden: Der API-Server startet ohne Fenster (mit --headless lässt sich das ausdrücklich angeben).\n"),
 "eventdesk: %1\n": ("eventdesk: %1\n", "eventdesk: %1\n"),
 "Warning: the API listens on %1, not only on this machine. Other computers can reach it.\n": (
  "Atención: la API escucha en %1, no solo en este equipo. Otros equipos pueden acceder a ella.\n",
  "Achtung: Die API lauscht auf %1, nicht nur auf diesem Rechner. Andere Computer können sie erreichen.\n"),
 "Eventdesk %1 API listening on %2 (database %3). Press Ctrl+C to stop.\n": (
  "API de Eventdesk %1 escuchando en %2 (base de datos %3). Pulsa Ctrl+C para detenerla.\n",
  "Eventdesk-%1-API lauscht auf %2 (Datenbank %3). Zum Beenden Strg+C drücken.\n"),
"Eventdesk stopped.\n": ("Eventdesk se ha detenido.\n", "Eventdesk wurde beendet.\n"),

 # -- events --
 "Events": ("Eventos", "Veranstaltungen"),
 "Search title and description": ("Buscar en título y descripción", "In Titel und Text suchen"),
 # A filter next to the search field: short, so the search keeps its room.
 "All events": ("Todos", "Alle"),
 "Upcoming": ("Próximos", "Bevorstehende"),
 "Past": ("Pasados", "Vergangene"),
 "&Mine": ("&Míos", "&Meine"),
 "&Joined": ("&Inscrito", "Mit &Teilnahme"),
 "&New event…": ("&Nuevo evento…", "&Neu…"),
 "E&xport CSV…": ("E&xportar CSV…", "CSV e&xportieren…"),
 "%n event(s)": (["%n evento", "%n eventos"], ["%n Veranstaltung", "%n Veranstaltungen"]),
 "Export events": ("Exportar eventos", "Veranstaltungen exportieren"),
 "CSV files (*.csv)": ("Archivos CSV (*.csv)", "CSV-Dateien (*.csv)"),
 "Could not export: %1": ("No se pudo exportar: %1", "Export fehlgeschlagen: %1"),
 "Title": ("Título", "Titel"),
 "Date": ("Fecha", "Datum"),
 "Participants": ("Participantes", "Teilnehmende"),
 "Owner": ("Organizador", "Veranstalter"),
 "Source": ("Origen", "Quelle"),
 "Price": ("Precio", "Preis"),
 "(imported)": ("(importado)", "(importiert)"),
 "%1 – %2": ("%1 – %2", "%1 – %2"),
 "%1: %2": ("%1: %2", "%1: %2"),
 "%1 until %2": ("%1 hasta %2", "%1 bis %2"),
 "Join": ("Inscribirme", "Teilnehmen"),
 "Withdraw": ("Cancelar inscripción", "Absagen"),
 "Edit…": ("Editar…", "Bearbeiten…"),
 "Delete": ("Eliminar", "Löschen"),
 "Write a comment": ("Escribe un comentario", "Schreib einen Kommentar"),
 "Add comment": ("Comentar", "Kommentieren"),
 "Edit comment": ("Editar comentario", "Kommentar bearbeiten"),
 "Delete comment": ("Eliminar comentario", "Kommentar löschen"),
 "Save comment": ("Guardar comentario", "Kommentar speichern"),
 "Comments": ("Comentarios", "Kommentare"),
 "This event was deleted.": ("Este evento se ha eliminado.", "Diese Veranstaltung wurde gelöscht."),
 "No event selected": ("Ningún evento seleccionado", "Keine Veranstaltung ausgewählt"),
 "No place given": ("Sin lugar indicado", "Kein Ort angegeben"),
 "Place: %1": ("Lugar: %1", "Ort: %1"),
 "Imported from %1": ("Importado de %1", "Importiert aus %1"),
 "Organised by %1": ("Organizado por %1", "Veranstaltet von %1"),
 "%n participant(s)": (["%n participante", "%n participantes"], ["%n Teilnehmer*in", "%n Teilnehmende"]),
 "Delete event": ("Eliminar evento", "Veranstaltung löschen"),
 "Delete \"%1\" with its participants and comments?": (
  "¿Eliminar «%1» con sus participantes y comentarios?",
  "„%1“ mit allen Teilnehmenden und Kommentaren löschen?"),
 "The comment must not be empty and at most %1 characters.": (
  "El comentario no puede estar vacío y puede tener como máximo %1 caracteres.",
  "Der Kommentar darf nicht leer sein und höchstens %1 Zeichen haben."),
 "Delete this comment?": ("¿Eliminar este comentario?", "Diesen Kommentar löschen?"),
 "New event": ("Nuevo evento", "Neue Veranstaltung"),
 "Edit event": ("Editar evento", "Veranstaltung bearbeiten"),
 "Ends": ("Termina", "Ende"),
 "Save": ("Guardar", "Speichern"),
 "&Title:": ("&Título:", "&Titel:"),
 "&Starts:": ("&Empieza:", "&Beginn:"),
 "&Place:": ("&Lugar:", "&Ort:"),
 "&Description:": ("&Descripción:", "Be&schreibung:"),
 "The title must not be empty.": ("El título no puede estar vacío.", "Der Titel darf nicht leer sein."),
 "The title must be at most %1 characters.": ("El título puede tener como máximo %1 caracteres.",
  "Der Titel darf höchstens %1 Zeichen haben."),
 "The end must not be before the start.": ("El final no puede ser anterior al comienzo.",
  "Das Ende darf nicht vor dem Beginn liegen."),
 "The place must be at most %1 characters.": ("El lugar puede tener como máximo %1 caracteres.",
  "Der Ort darf höchstens %1 Zeichen haben."),
 "The description must be at most %1 characters.": (
  "La descripción puede tener como máximo %1 caracteres.",
  "Die Beschreibung darf höchstens %1 Zeichen haben."),
 "Fills the database with sample users, events and one crowded event.": (
  "Llena la base de datos con usuarios y eventos de ejemplo y un evento muy concurrido.",
  "Füllt die Datenbank mit Beispielbenutzern, -veranstaltungen und einer gut besuchten Veranstaltung."),
 "Number of events.": ("Número de eventos.", "Anzahl der Veranstaltungen."),
 "Number of users.": ("Número de usuarios.", "Anzahl der Benutzer."),
 "Participants of the crowded event.": ("Participantes del evento concurrido.",
  "Teilnehmende der gut besuchten Veranstaltung."),
 "Random seed.": ("Semilla aleatoria.", "Zufallsstartwert."),
 "eventdesk generate: numbers expected.\n": ("eventdesk generate: se esperaban números.\n",
  "eventdesk generate: Zahlen erwartet.\n"),
 "eventdesk generate: counts must be >= 0.\n": ("eventdesk generate: las cantidades deben ser >= 0.\n",
  "eventdesk generate: Anzahlen müssen >= 0 sein.\n"),
 "Generated %1 users, %2 events and %3 participants of event %4 in %5 ms (%6).\n": (
  "Generados %1 usuarios, %2 eventos y %3 participantes del evento %4 en %5 ms (%6).\n",
  "%1 Benutzer, %2 Veranstaltungen und %3 Teilnehmende der Veranstaltung %4 in %5 ms erzeugt (%6).\n"),

 # -- feeds --
 "Feeds": ("Fuentes", "Feeds"),
 "Edit feed": ("Editar fuente", "Feed bearbeiten"),
 "Add feed": ("Añadir fuente", "Feed hinzufügen"),
 "https://… or /path/to/feed.xml": ("https://… o /ruta/a/fuente.xml", "https://… oder /pfad/zum/feed.xml"),
 "Detect": ("Detectar", "Erkennen"),
 "detect": ("detectar", "erkennen"),
 "Provider XML": ("XML del proveedor", "Anbieter-XML"),
 "JSON API": ("API JSON", "JSON-API"),
 "JSON API (posts and comments)": ("API JSON (publicaciones y comentarios)",
  "JSON-API (Beiträge und Kommentare)"),
 "iCalendar": ("iCalendar", "iCalendar"),
 "manual only": ("solo manual", "nur manuell"),
 "manual": ("manual", "manuell"),
 " min": (" min", " min"),
 "&Name:": ("&Nombre:", "&Name:"),
 ("Eventdesk::Gui::FeedDialog", "&Location:"): ("&Ubicación:", "&Adresse:"),
 ("Eventdesk::Gui::ImportDialog", "&Location:"): ("&Ubicación:", "&Adresse:"),
 "&Format:": ("&Formato:", "&Format:"),
 "&Every:": ("&Cada:", "Al&le:"),
 "every %n hour(s)": (["cada hora", "cada %n horas"], ["jede Stunde", "alle %n Stunden"]),
 "every %n minute(s)": (["cada minuto", "cada %n minutos"], ["jede Minute", "alle %n Minuten"]),
 "OK": ("Correcto", "OK"),
 "OK (not modified)": ("Correcto (sin cambios)", "OK (unverändert)"),
 "Failed: %1": ("Error: %1", "Fehlgeschlagen: %1"),
 "Never run": ("Nunca ejecutada", "Noch nie ausgeführt"),
 "Name": ("Nombre", "Name"),
 "Location": ("Ubicación", "Adresse"),
 "Format": ("Formato", "Format"),
 "Interval": ("Intervalo", "Intervall"),
 "Last run": ("Última ejecución", "Letzter Lauf"),
 "Status": ("Estado", "Status"),
 "&Add…": ("Aña&dir…", "Hin&zufügen…"),
 "&Edit…": ("&Editar…", "&Bearbeiten…"),
 "&Remove": ("&Quitar", "&Entfernen"),
 "&Sync now": ("&Sincronizar ahora", "Jetzt &synchronisieren"),
 "&Import file or URL…": ("&Importar archivo o URL…", "Datei oder URL &importieren…"),
 "Export events from": ("Exportar eventos desde", "Veranstaltungen exportieren von"),
 "to": ("hasta", "bis"),
 "Export as .&ics…": ("E&xportar como .ics…", "Als .ics e&xportieren…"),
 "Cannot read the feeds: %1": ("No se pueden leer las fuentes: %1", "Die Feeds können nicht gelesen werden: %1"),
 "Remove feed": ("Quitar fuente", "Feed entfernen"),
 "Remove the feed “%1”? Its events stay.": ("¿Quitar la fuente «%1»? Sus eventos se conservan.",
  "Den Feed „%1“ entfernen? Seine Veranstaltungen bleiben erhalten."),
 "Sync queued (import #%1).": ("Sincronización en cola (importación n.º %1).",
  "Synchronisierung eingereiht (Import Nr. %1)."),
 "Cannot write %1: %2": ("No se puede escribir %1: %2", "%1 kann nicht geschrieben werden: %2"),
 "Exported to %1.": ("Exportado a %1.", "Nach %1 exportiert."),
 "iCalendar (*.ics)": ("iCalendar (*.ics)", "iCalendar (*.ics)"),
 "Unknown": ("Desconocido", "Unbekannt"),
 "Import events": ("Importar eventos", "Veranstaltungen importieren"),
 "A file or an http(s) URL": ("Un archivo o una URL http(s)", "Eine Datei oder eine http(s)-URL"),
 "&Browse…": ("&Examinar…", "Du&rchsuchen…"),
 "&Preview": ("&Vista previa", "&Vorschau"),
 "Detected:": ("Detectado:", "Erkannt:"),
 "Starts (UTC)": ("Empieza (UTC)", "Beginn (UTC)"),
 "Ends (UTC)": ("Termina (UTC)", "Ende (UTC)"),
 "Prices": ("Precios", "Preise"),
 "Key": ("Clave", "Schlüssel"),
 "&Import": ("&Importar", "&Importieren"),
 "Cancel": ("Cancelar", "Abbrechen"),
 "Close": ("Cerrar", "Schließen"),
 "Import a feed": ("Importar una fuente", "Einen Feed importieren"),
 "Feeds (*.xml *.json *.ics);;All files (*)": ("Fuentes (*.xml *.json *.ics);;Todos los archivos (*)",
  "Feeds (*.xml *.json *.ics);;Alle Dateien (*)"),
 "Reading…": ("Leyendo…", "Wird gelesen…"),
 "Cannot read it: %1": ("No se puede leer: %1", "Kann nicht gelesen werden: %1"),
 "Cancelling…": ("Cancelando…", "Wird abgebrochen…"),
 "%n event(s) read…": (["%n evento leído…", "%n eventos leídos…"],
  ["%n Veranstaltung gelesen…", "%n Veranstaltungen gelesen…"]),
 "Imported as %1 (source %2): %3 added, %4 updated, %5 unchanged, %6 skipped.": (
  "Importado como %1 (origen %2): %3 añadidos, %4 actualizados, %5 sin cambios, %6 omitidos.",
  "Importiert als %1 (Quelle %2): %3 hinzugefügt, %4 aktualisiert, %5 unverändert, %6 übersprungen."),
 "First problem: %1": ("Primer problema: %1", "Erstes Problem: %1"),
 "Cancelled: nothing was changed.": ("Cancelado: no se ha cambiado nada.",
  "Abgebrochen: Es wurde nichts geändert."),
 "The import failed and changed nothing: %1": ("La importación falló y no cambió nada: %1",
  "Der Import ist fehlgeschlagen und hat nichts geändert: %1"),
 "Imports a provider XML, JSON API or iCalendar feed.": (
  "Importa una fuente XML del proveedor, de API JSON o iCalendar.",
  "Importiert einen Anbieter-XML-, JSON-API- oder iCalendar-Feed."),
 "The feed's format: provider, json or ical (default: detected).": (
  "El formato de la fuente: provider, json o ical (predeterminado: detectado).",
  "Das Format des Feeds: provider, json oder ical (Standard: erkannt)."),
 "The events' source (default: the format's name).": (
  "El origen de los eventos (predeterminado: el nombre del formato).",
  "Die Quelle der Veranstaltungen (Standard: der Name des Formats)."),
 "The folder of the database.": ("La carpeta de la base de datos.", "Der Ordner der Datenbank."),
 "iCalendar: expand recurring events from this date (default: a year ago).": (
  "iCalendar: desplegar los eventos periódicos desde esta fecha (predeterminado: hace un año).",
  "iCalendar: wiederkehrende Veranstaltungen ab diesem Datum auflösen (Standard: vor einem Jahr)."),
 "iCalendar: expand recurring events until this date (default: in two years).": (
  "iCalendar: desplegar los eventos periódicos hasta esta fecha (predeterminado: dentro de dos años).",
  "iCalendar: wiederkehrende Veranstaltungen bis zu diesem Datum auflösen (Standard: in zwei Jahren)."),
 "A file or an http(s) URL.": ("Un archivo o una URL http(s).", "Eine Datei oder eine http(s)-URL."),
 "Usage: eventdesk import FILE-or-URL [--format provider|json|ical] [--source S] [--from DATE --to DATE] [--data-dir D]\n": (
  "Uso: eventdesk import ARCHIVO-o-URL [--format provider|json|ical] [--source S] [--from FECHA --to FECHA] [--data-dir D]\n",
  "Aufruf: eventdesk import DATEI-oder-URL [--format provider|json|ical] [--source S] [--from DATUM --to DATUM] [--data-dir D]\n"),
 "eventdesk import: --format is provider, json or ical.\n": (
  "eventdesk import: --format es provider, json o ical.\n",
  "eventdesk import: --format ist provider, json oder ical.\n"),
 "eventdesk import: --from and --to are dates (YYYY-MM-DD).\n": (
  "eventdesk import: --from y --to son fechas (AAAA-MM-DD).\n",
  "eventdesk import: --from und --to sind Datumsangaben (JJJJ-MM-TT).\n"),
 "import #%1 failed (%2): %3\n": ("la importación n.º %1 falló (%2): %3\n",
  "Import Nr. %1 fehlgeschlagen (%2): %3\n"),
 "import #%1 (%2, source %3): added %4, updated %5, unchanged %6, skipped %7 in %8 ms (fetch %9 ms)\n": (
  "importación n.º %1 (%2, origen %3): %4 añadidos, %5 actualizados, %6 sin cambios, %7 omitidos en %8 ms (descarga %9 ms)\n",
  "Import Nr. %1 (%2, Quelle %3): %4 hinzugefügt, %5 aktualisiert, %6 unverändert, %7 übersprungen in %8 ms (Abruf %9 ms)\n"),

 # -- collector --
 "Activity": ("Actividad", "Aktivität"),
 "Apps": ("Aplicaciones", "Apps"),
 "Events per minute": ("Eventos por minuto", "Ereignisse pro Minute"),
 "Minute": ("Minuto", "Minute"),
 ("Eventdesk::Gui::ActivityChart", "Events"): ("Eventos", "Ereignisse"),
 "Session id": ("Id. de sesión", "Sitzungs-ID"),
 "Category": ("Categoría", "Kategorie"),
 "Last 15 minutes": ("Últimos 15 minutos", "Letzte 15 Minuten"),
 "Last hour": ("Última hora", "Letzte Stunde"),
 "Last 24 hours": ("Últimas 24 horas", "Letzte 24 Stunden"),
 "From… to…": ("Desde… hasta…", "Von… bis…"),
 "Last 7 days": ("Últimos 7 días", "Letzte 7 Tage"),
 "All time": ("Todo el período", "Gesamter Zeitraum"),
 "&Live": ("En &directo", "&Live"),
 "Show new events as they arrive": ("Muestra los eventos nuevos a medida que llegan",
  "Neue Ereignisse anzeigen, sobald sie eintreffen"),
 "&Refresh": ("Actuali&zar", "Akt&ualisieren"),
 "Select a rejected event to see its payload and reasons.": (
  "Selecciona un evento rechazado para ver su contenido y los motivos.",
  "Wähle ein abgelehntes Ereignis aus, um Inhalt und Gründe zu sehen."),
 "&Events": ("&Eventos", "&Ereignisse"),
 "E&rrors": ("E&rrores", "&Fehler"),
 "&Chart": ("Grá&fico", "Dia&gramm"),
 "&Types": ("&Tipos", "&Typen"),
 "Updated %1": ("Actualizado: %1", "Aktualisiert: %1"),
 "Newest %n event(s) shown; updated %1": (
  ["Se muestra el evento más reciente; actualizado: %1", "Se muestran los %n eventos más recientes; actualizado: %1"],
  ["Das neueste Ereignis wird angezeigt; aktualisiert: %1", "Die neuesten %n Ereignisse werden angezeigt; aktualisiert: %1"]),
 "%n event(s); updated %1": (["%n evento; actualizado: %1", "%n eventos; actualizado: %1"],
  ["%n Ereignis; aktualisiert: %1", "%n Ereignisse; aktualisiert: %1"]),
 "%n rejected event(s); updated %1": (
  ["%n evento rechazado; actualizado: %1", "%n eventos rechazados; actualizado: %1"],
  ["%n abgelehntes Ereignis; aktualisiert: %1", "%n abgelehnte Ereignisse; aktualisiert: %1"]),
 "Reasons:\n%1\n\nPayload as received:\n%2": ("Motivos:\n%1\n\nContenido tal como se recibió:\n%2",
  "Gründe:\n%1\n\nInhalt wie empfangen:\n%2"),
 "Revoked %1": ("Revocada %1", "Widerrufen %1"),
 "Active": ("Activa", "Aktiv"),
 "Created": ("Creada", "Erstellt"),
 "State": ("Estado", "Zustand"),
 "Name of the application, e.g. Web shop": ("Nombre de la aplicación, p. ej. Tienda web",
  "Name der Anwendung, z. B. Webshop"),
 "&Create key": ("Crear c&lave", "&Schlüssel erstellen"),
 "&Revoke key…": ("&Revocar clave…", "Schlüssel &widerrufen…"),
 "Applications with a key may post analytics events to POST /api/v1/track.": (
  "Las aplicaciones con clave pueden enviar eventos de analítica a POST /api/v1/track.",
  "Anwendungen mit Schlüssel können Analyseereignisse an POST /api/v1/track senden."),
 "Key of %1": ("Clave de %1", "Schlüssel von %1"),
 "&Copy": ("&Copiar", "&Kopieren"),
 "Copied": ("Copiada", "Kopiert"),
 "Copy this key now: it is shown only once. The application sends it as 'Authorization: Bearer <key>'.": (
  "Copia esta clave ahora: solo se muestra una vez. La aplicación la envía como 'Authorization: Bearer <key>'.",
  "Kopiere diesen Schlüssel jetzt: Er wird nur einmal angezeigt. Die Anwendung sendet ihn als 'Authorization: Bearer <key>'."),
 "Revoke key": ("Revocar clave", "Schlüssel widerrufen"),
 "Revoke the key of %1? The application can no longer post events; what it sent stays.": (
  "¿Revocar la clave de %1? La aplicación ya no podrá enviar eventos; lo que ya envió se conserva.",
  "Den Schlüssel von %1 widerrufen? Die Anwendung kann dann keine Ereignisse mehr senden; was sie gesendet hat, bleibt erhalten."),
 "Key revoked.": ("Clave revocada.", "Schlüssel widerrufen."),
 "{\"fields\": {\"host\": {\"type\": \"string\", \"required\": true}}}": (
  "{\"fields\": {\"host\": {\"type\": \"string\", \"required\": true}}}",
  "{\"fields\": {\"host\": {\"type\": \"string\", \"required\": true}}}"),
 "&New type": ("&Nuevo tipo", "&Neuer Typ"),
 "&Save rules": ("&Guardar reglas", "Regeln &speichern"),
 "&Delete type": ("E&liminar tipo", "T&yp löschen"),
 "Strict: reject events of types without rules": ("Estricto: rechazar eventos de tipos sin reglas",
  "Streng: Ereignisse von Typen ohne Regeln ablehnen"),
 " s": (" s", " s"),
 "Category:": ("Categoría:", "Kategorie:"),
 "Name:": ("Nombre:", "Name:"),
 "Rules (JSON):": ("Reglas (JSON):", "Regeln (JSON):"),
 "Allowed clock skew for future timestamps:": ("Desfase de reloj permitido para marcas de tiempo futuras:",
  "Erlaubte Uhrabweichung für Zeitstempel in der Zukunft:"),
 "%1 / %2 (built in)": ("%1 / %2 (integrado)", "%1 / %2 (eingebaut)"),
 "The rules are not a JSON object: %1": ("Las reglas no son un objeto JSON: %1",
  "Die Regeln sind kein JSON-Objekt: %1"),
 "Saved.": ("Guardado.", "Gespeichert."),
 "Deleted.": ("Eliminado.", "Gelöscht."),
 "Time": ("Hora", "Zeit"),
 "Session": ("Sesión", "Sitzung"),
 "Data": ("Datos", "Daten"),
 "App": ("Aplicación", "App"),
 "Received": ("Recibido", "Empfangen"),
 "Reasons": ("Motivos", "Gründe"),
 "Payload": ("Contenido", "Inhalt"),
 "create NAME, list or revoke ID": ("create NOMBRE, list o revoke ID", "create NAME, list oder revoke ID"),
 "usage: eventdesk apps create NAME | list | revoke ID [--data-dir DIR]\n": (
  "uso: eventdesk apps create NOMBRE | list | revoke ID [--data-dir CARPETA]\n",
  "Aufruf: eventdesk apps create NAME | list | revoke ID [--data-dir ORDNER]\n"),
 "usage: eventdesk apps create NAME | list | revoke ID\n": (
  "uso: eventdesk apps create NOMBRE | list | revoke ID\n",
  "Aufruf: eventdesk apps create NAME | list | revoke ID\n"),
 "App %1 '%2' created. Keep the key: it is not shown again.": (
  "Aplicación %1 '%2' creada. Guarda la clave: no se vuelve a mostrar.",
  "App %1 '%2' erstellt. Bewahre den Schlüssel auf: Er wird nicht noch einmal angezeigt."),
 "line %1: rejected: not a JSON object": ("línea %1: rechazada: no es un objeto JSON",
  "Zeile %1: abgelehnt: kein JSON-Objekt"),
 "line %1: rejected: larger than 32 KiB": ("línea %1: rechazada: ocupa más de 32 KiB",
  "Zeile %1: abgelehnt: größer als 32 KiB"),
 "line %1: rejected: %2": ("línea %1: rechazada: %2", "Zeile %1: abgelehnt: %2"),
 "lines %1-%2: %3 accepted (%4 duplicates), %5 rejected": (
  "líneas %1-%2: %3 aceptadas (%4 duplicadas), %5 rechazadas",
  "Zeilen %1-%2: %3 angenommen (%4 Duplikate), %5 abgelehnt"),
 "lines %1-%2: not delivered: %3": ("líneas %1-%2: no entregadas: %3",
  "Zeilen %1-%2: nicht zugestellt: %3"),
 "lines %1-%2: %3; retrying in %4 ms": ("líneas %1-%2: %3; nuevo intento dentro de %4 ms",
  "Zeilen %1-%2: %3; neuer Versuch in %4 ms"),
 "total: %1 accepted (%2 duplicates), %3 rejected, %4 not delivered": (
  "total: %1 aceptados (%2 duplicados), %3 rechazados, %4 no entregados",
  "Gesamt: %1 angenommen (%2 Duplikate), %3 abgelehnt, %4 nicht zugestellt"),
 "Reads events as JSON lines on standard input and posts them to an Eventdesk collector in batches.": (
  "Lee eventos como líneas JSON de la entrada estándar y los envía por lotes a un recolector de Eventdesk.",
  "Liest Ereignisse als JSON-Zeilen von der Standardeingabe und sendet sie stapelweise an einen Eventdesk-Collector."),
 "The Eventdesk server (default http://127.0.0.1:8085).": (
  "El servidor de Eventdesk (predeterminado: http://127.0.0.1:8085).",
  "Der Eventdesk-Server (Standard: http://127.0.0.1:8085)."),
 "The app key (eda_...); default: $EVENTDESK_APP_KEY.": (
  "La clave de la aplicación (eda_...); predeterminada: $EVENTDESK_APP_KEY.",
  "Der App-Schlüssel (eda_...); Standard: $EVENTDESK_APP_KEY."),
 "Events per request, 1-1000 (default 500).": ("Eventos por petición, 1-1000 (predeterminado: 500).",
  "Ereignisse pro Anfrage, 1-1000 (Standard: 500)."),
 "Attempts per batch before giving up (default 6).": (
  "Intentos por lote antes de desistir (predeterminado: 6).",
  "Versuche pro Stapel, bevor aufgegeben wird (Standard: 6)."),
 "eventdesk track: give --url, --key (or EVENTDESK_APP_KEY) and --batch 1-1000.\n": (
  "eventdesk track: indica --url, --key (o EVENTDESK_APP_KEY) y --batch 1-1000.\n",
  "eventdesk track: gib --url, --key (oder EVENTDESK_APP_KEY) und --batch 1-1000 an.\n"),

 # -- ics (branch ics, the iCalendar export of the events view; used once it is merged) --
 "Export selected as &iCalendar…": ("Exportar &selección como iCalendar…",
  "Auswahl als &iCalendar exportieren…"),
 "Write the selected events to an .ics file (%1)": (
  "Guarda los eventos seleccionados en un archivo .ics (%1)",
  "Schreibt die ausgewählten Veranstaltungen in eine .ics-Datei (%1)"),
 "iCalendar export is not available.": ("La exportación a iCalendar no está disponible.",
  "Der iCalendar-Export ist nicht verfügbar."),
 "No events are selected.": ("No hay eventos seleccionados.", "Es sind keine Veranstaltungen ausgewählt."),
 "Export selected events as iCalendar": ("Exportar los eventos seleccionados como iCalendar",
  "Ausgewählte Veranstaltungen als iCalendar exportieren"),
 "iCalendar files (*.ics)": ("Archivos iCalendar (*.ics)", "iCalendar-Dateien (*.ics)"),
 "Exported %n event(s) to %1.": (["%n evento exportado a %1.", "%n eventos exportados a %1."],
  ["%n Veranstaltung nach %1 exportiert.", "%n Veranstaltungen nach %1 exportiert."]),
 "Could not export the selected events to %1: %2": (
  "No se pudieron exportar los eventos seleccionados a %1: %2",
  "Die ausgewählten Veranstaltungen konnten nicht nach %1 exportiert werden: %2"),

 # -- trust (issue 9) --
 "Users and invitations": ("Usuarios e invitaciones", "Benutzer und Einladungen"),
 "E-mail": ("Correo electrónico", "E-Mail"),
 "Role": ("Rol", "Rolle"),
 "Make &administrator": ("Hacer &administrador", "Zum &Administrator machen"),
 "Make &member": ("Hacer &miembro", "Zum &Mitglied machen"),
 "Anyone may sign up": ("Cualquiera puede registrarse", "Jeder darf sich registrieren"),
 "By invitation": ("Por invitación", "Nur mit Einladung"),
 "Closed": ("Cerrado", "Geschlossen"),
 "Create &invitation": ("Crear &invitación", "&Einladung erstellen"),
 "A new code appears here; it is shown once.": (
  "Aquí aparece un código nuevo; se muestra una sola vez.",
  "Hier erscheint ein neuer Code; er wird nur einmal angezeigt."),
 "Sign-up over the API:": ("Registro por la API:", "Registrierung über die API:"),
 "Invitation:": ("Invitación:", "Einladung:"),
 "This is the last administrator. Make another account an administrator first.": (
  "Es el último administrador. Haga antes administradora a otra cuenta.",
  "Dies ist der letzte Administrator. Machen Sie zuerst ein anderes Konto zum Administrator."),
 "Only administrators manage users and invitations.": (
  "Solo los administradores gestionan usuarios e invitaciones.",
  "Nur Administratoren verwalten Benutzer und Einladungen."),
 "That did not work: %1": ("No ha funcionado: %1", "Das hat nicht funktioniert: %1"),
 "Administrator": ("Administrador", "Administrator"),
 "Member": ("Miembro", "Mitglied"),
 "Set by --registration for this run.": (
  "Fijado por --registration en esta ejecución.",
  "Für diesen Lauf durch --registration festgelegt."),
 "The window may always create accounts; the first account is an administrator.": (
  "La ventana siempre puede crear cuentas; la primera cuenta es administradora.",
  "Das Fenster darf immer Konten anlegen; das erste Konto ist Administrator."),
 "Select an account first.": ("Seleccione antes una cuenta.", "Wählen Sie zuerst ein Konto aus."),
 "%1 is now an administrator.": ("%1 ahora es administrador.", "%1 ist jetzt Administrator."),
 "%1 is now a member.": ("%1 ahora es miembro.", "%1 ist jetzt Mitglied."),
 "Single use, valid until %1. Send it with \"invite\" in the sign-up.": (
  "De un solo uso, válido hasta %1. Envíelo como \"invite\" en el registro.",
  "Einmalig, gültig bis %1. Senden Sie ihn als \"invite\" bei der Registrierung."),
 "&Users and invitations…": ("&Usuarios e invitaciones…", "&Benutzer und Einladungen…"),
 "Who may sign up over the API: open, invite or closed (default: the stored setting, invite).": (
  "Quién puede registrarse por la API: open, invite o closed (predeterminado: el ajuste guardado, invite).",
  "Wer sich über die API registrieren darf: open, invite oder closed (Standard: die gespeicherte Einstellung, invite)."),
 "Invalid registration mode: %1 (open, invite or closed)\n": (
  "Modo de registro no válido: %1 (open, invite o closed)\n",
  "Ungültiger Registrierungsmodus: %1 (open, invite oder closed)\n"),
}

missing = set()
for lang, index in (("es", 0), ("de", 1)):
    path = f"translations/eventdesk_{lang}.ts"
    tree = ET.parse(path)
    context_of = {message: context.find("name").text
                  for context in tree.getroot().iter("context") for message in context.iter("message")}
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        # A (context, source) key wins over the source alone (the same English, other meaning).
        entry = T.get((context_of[message], source), T.get(source))
        if entry is not None:
            value = entry[index]
            if message.get("numerus") == "yes":
                # One <numerusform> per plural form: singular, plural (Spanish and German).
                for form in list(translation):
                    translation.remove(form)
                translation.text = "\n            "
                for i, text in enumerate(value):
                    form = ET.SubElement(translation, "numerusform")
                    form.text = text
                    form.tail = "\n            " if i + 1 < len(value) else "\n        "
            else:
                translation.text = value
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            missing.add(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r", encoding="utf-8") as f:
        text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>",
                        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
for source in sorted(missing):
    print("untranslated:", repr(source))
sys.exit(1 if missing else 0)
