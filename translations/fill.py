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
}

missing = set()
for lang, index in (("es", 0), ("de", 1)):
    path = f"translations/eventdesk_{lang}.ts"
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if source in T:
            translation.text = T[source][index]
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
