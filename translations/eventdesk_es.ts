<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CommandLine</name>
    <message>
        <source>Eventdesk: a desktop events manager with a local HTTP API.</source>
        <translation>Eventdesk: un gestor de eventos de escritorio con una API HTTP local.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Run the API server without a window.</source>
        <translation>Ejecuta el servidor de la API sin ventana.</translation>
    </message>
    <message>
        <source>Port of the local API (default 8085).</source>
        <translation>Puerto de la API local (predeterminado: 8085).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Dirección en la que escuchar (predeterminada: 127.0.0.1).</translation>
    </message>
    <message>
        <source>Folder of the database.</source>
        <translation>Carpeta de la base de datos.</translation>
    </message>
    <message>
        <source>Language of the window (e.g. es, de; default: system).</source>
        <translation>Idioma de la ventana (p. ej. es, de; predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>Optional, first: a command such as 'import' or 'track' with its own arguments ('eventdesk import --help').</source>
        <translation>Opcional, en primer lugar: una orden como 'import' o 'track' con sus propios argumentos ('eventdesk import --help').</translation>
    </message>
    <message>
        <source>Invalid port: %1
</source>
        <translation>Puerto no válido: %1
</translation>
    </message>
    <message>
        <source>Invalid bind address: %1
</source>
        <translation>Dirección de escucha no válida: %1
</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Argumento inesperado: %1
</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Core::AccountRules</name>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Introduce tu dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The e-mail address is too long (at most 254 characters).</source>
        <translation>La dirección de correo es demasiado larga (254 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, like name@example.org.</source>
        <translation>Introduce una dirección de correo válida, como nombre@example.org.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Introduce una contraseña.</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>La contraseña necesita al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The password may have at most 1024 characters.</source>
        <translation>La contraseña puede tener como máximo 1024 caracteres.</translation>
    </message>
    <message>
        <source>The password must not be only digits.</source>
        <translation>La contraseña no puede contener solo dígitos.</translation>
    </message>
    <message>
        <source>The password must not be your e-mail address.</source>
        <translation>La contraseña no puede ser tu dirección de correo.</translation>
    </message>
    <message>
        <source>The display name may have at most 100 characters.</source>
        <translation>El nombre visible puede tener como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>The display name must not contain control characters.</source>
        <translation>El nombre visible no puede contener caracteres de control.</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::AccountController</name>
    <message>
        <source>&amp;Sign Up...</source>
        <translation>&amp;Registrarse...</translation>
    </message>
    <message>
        <source>&amp;Log In...</source>
        <translation>&amp;Iniciar sesión...</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>The login could not be kept in the system keychain (%1). You will need to log in again next time.</source>
        <translation>No se pudo guardar la sesión en el llavero del sistema (%1). La próxima vez tendrás que iniciar sesión de nuevo.</translation>
    </message>
    <message>
        <source>Signed out, but the server did not confirm: %1</source>
        <translation>Sesión cerrada, pero el servidor no lo confirmó: %1</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>The saved login could not be removed from the system keychain (%1).</source>
        <translation>No se pudo borrar la sesión guardada del llavero del sistema (%1).</translation>
    </message>
    <message>
        <source>Welcome back, %1.</source>
        <translation>Hola de nuevo, %1.</translation>
    </message>
    <message>
        <source>Your saved login has expired. Please log in again.</source>
        <translation>Tu sesión guardada ha caducado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Could not restore the saved login: %1</source>
        <translation>No se pudo recuperar la sesión guardada: %1</translation>
    </message>
    <message>
        <source>"Remember me" is off: no system keychain (%1).</source>
        <translation>«Recordarme» está desactivado: no hay llavero del sistema (%1).</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::AccountDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <source>Keeps the login in the system keychain until you log out.</source>
        <translation>Guarda la sesión en el llavero del sistema hasta que la cierres.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation>Demasiados intentos. Vuelve a intentarlo dentro de %1 s.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::CredentialStore</name>
    <message>
        <source>No keychain service is available.</source>
        <translation>No hay ningún servicio de llavero disponible.</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduce tu contraseña.</translation>
    </message>
    <message>
        <source>Checking the password...</source>
        <translation>Comprobando la contraseña...</translation>
    </message>
    <message>
        <source>Wrong e-mail or password.</source>
        <translation>Correo o contraseña incorrectos.</translation>
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
        <translation>&lt;h2&gt;Te damos la bienvenida a Eventdesk&lt;/h2&gt;&lt;p&gt;Regístrate o inicia sesión desde el menú &lt;b&gt;Cuenta&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>API &amp;documentation</source>
        <translation>&amp;Documentación de la API</translation>
    </message>
    <message>
        <source>&amp;About Eventdesk</source>
        <translation>&amp;Acerca de Eventdesk</translation>
    </message>
    <message>
        <source>API: %1 (running)</source>
        <translation>API: %1 (en marcha)</translation>
    </message>
    <message>
        <source>API: not running: %1</source>
        <translation>API: detenida: %1</translation>
    </message>
    <message>
        <source>API: stopped</source>
        <translation>API: detenida</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>About Eventdesk</source>
        <translation>Acerca de Eventdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eventdesk %1&lt;/b&gt;&lt;p&gt;A desktop events manager with a local HTTP API.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Eventdesk %1&lt;/b&gt;&lt;p&gt;Un gestor de eventos de escritorio con una API HTTP local.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Eventdesk&lt;/h2&gt;&lt;p&gt;You are signed in as %1.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Te damos la bienvenida a Eventdesk&lt;/h2&gt;&lt;p&gt;Has iniciado sesión como %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Default: the user's data folder</source>
        <translation>Predeterminada: la carpeta de datos del usuario</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>API &amp;port:</source>
        <translation>&amp;Puerto de la API:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Carpeta de datos:</translation>
    </message>
    <message>
        <source>Changes take effect the next time Eventdesk starts. Command-line options (--port, --bind, --lang, --data-dir) override these settings.</source>
        <translation>Los cambios se aplican la próxima vez que se inicie Eventdesk. Las opciones de la línea de órdenes (--port, --bind, --lang, --data-dir) prevalecen sobre estas preferencias.</translation>
    </message>
    <message>
        <source>Not an IP address (for example 127.0.0.1 or ::1).</source>
        <translation>No es una dirección IP (por ejemplo 127.0.0.1 o ::1).</translation>
    </message>
    <message>
        <source>Warning: other computers on the network will be able to reach the API at this address.</source>
        <translation>Atención: otros equipos de la red podrán acceder a la API en esta dirección.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation>&amp;Dirección de escucha:</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::SignupDialog</name>
    <message>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>tu@example.org</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Nombre (opcional):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>At least 8 characters, not only digits, and not your e-mail address.</source>
        <translation>Al menos 8 caracteres, no solo dígitos y distinta de tu dirección de correo.</translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation>Re&amp;gistrarse</translation>
    </message>
    <message>
        <source>Creating the account...</source>
        <translation>Creando la cuenta...</translation>
    </message>
    <message>
        <source>An account with this e-mail address already exists.</source>
        <translation>Ya existe una cuenta con esta dirección de correo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>eventdesk: unknown command '%1'. See eventdesk --help.
</source>
        <translation>eventdesk: orden desconocida '%1'. Consulta eventdesk --help.
</translation>
    </message>
    <message>
        <source>No display found: starting the API server headless (use --headless to say so).
</source>
        <translation>No se encontró ninguna pantalla: se inicia el servidor de la API sin ventana (usa --headless para indicarlo).
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
        <translation>Atención: la API escucha en %1, no solo en este equipo. Otros equipos pueden acceder a ella.
</translation>
    </message>
    <message>
        <source>Eventdesk %1 API listening on %2 (database %3). Press Ctrl+C to stop.
</source>
        <translation>API de Eventdesk %1 escuchando en %2 (base de datos %3). Pulsa Ctrl+C para detenerla.
</translation>
    </message>
    <message>
        <source>Eventdesk stopped.
</source>
        <translation>Eventdesk se ha detenido.
</translation>
    </message>
</context>
</TS>