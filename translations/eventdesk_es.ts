<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppsCommand</name>
    <message>
        <source>Folder of the database.</source>
        <translation>Carpeta de la base de datos.</translation>
    </message>
    <message>
        <source>create NAME, list or revoke ID</source>
        <translation>create NOMBRE, list o revoke ID</translation>
    </message>
    <message>
        <source>usage: eventdesk apps create NAME | list | revoke ID [--data-dir DIR]
</source>
        <translation>uso: eventdesk apps create NOMBRE | list | revoke ID [--data-dir CARPETA]
</translation>
    </message>
    <message>
        <source>App %1 &apos;%2&apos; created. Keep the key: it is not shown again.</source>
        <translation>Aplicación %1 &apos;%2&apos; creada. Guarda la clave: no se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>usage: eventdesk apps create NAME | list | revoke ID
</source>
        <translation>uso: eventdesk apps create NOMBRE | list | revoke ID
</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Eventdesk: a desktop events manager with a local HTTP API.</source>
        <translation>Eventdesk: un gestor de eventos de escritorio con una API HTTP local.</translation>
    </message>
    <message>
        <source>Collector tuning, comma-separated: sync=full|normal, wal-frames=N, commit-us=N, writer=thread|loop, inline=0|1 (see docs/collector.md).</source>
        <translation>Ajustes del recolector, separados por comas: sync=full|normal, wal-frames=N, commit-us=N, writer=thread|loop, inline=0|1 (véase docs/collector.md).</translation>
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
        <source>Optional, first: a command such as &apos;import&apos; or &apos;track&apos; with its own arguments (&apos;eventdesk import --help&apos;).</source>
        <translation>Opcional, en primer lugar: una orden como &apos;import&apos; o &apos;track&apos; con sus propios argumentos (&apos;eventdesk import --help&apos;).</translation>
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
    <message>
        <source>Who may sign up over the API: open, invite or closed (default: the stored setting, invite).</source>
        <translation>Quién puede registrarse por la API: open, invite o closed (predeterminado: el ajuste guardado, invite).</translation>
    </message>
    <message>
        <source>Invalid registration mode: %1 (open, invite or closed)
</source>
        <translation>Modo de registro no válido: %1 (open, invite o closed)
</translation>
    </message>
    <message>
        <source>Whether feed fetches and webhooks may reach loopback, private and link-local addresses: auto, allow or deny (default: the stored setting, auto: only while the API listens on loopback alone).</source>
        <translation>Si las descargas de fuentes y los webhooks pueden llegar a direcciones de bucle local, privadas y de enlace local: auto, allow o deny (predeterminado: el ajuste guardado; auto: solo mientras la API escuche únicamente en la interfaz de bucle local).</translation>
    </message>
    <message>
        <source>Invalid --outbound-private mode: %1 (auto, allow or deny)
</source>
        <translation>Modo de --outbound-private no válido: %1 (auto, allow o deny)
</translation>
    </message>
    <message>
        <source>The database: sqlite:PATH (default: eventdesk.sqlite3 in the data folder) or postgresql://USER@HOST:PORT/NAME (a shared server, see docs/server.md).</source>
        <translation>La base de datos: sqlite:RUTA (por omisión: eventdesk.sqlite3 en la carpeta de datos) o postgresql://USUARIO@HOST:PUERTO/NOMBRE (un servidor compartido, véase docs/server.md).</translation>
    </message>
</context>
<context>
    <name>EventPalette</name>
    <message>
        <source>Yours</source>
        <translation>Tuyo</translation>
    </message>
    <message>
        <source>You organize this event</source>
        <translation>Organizas este evento</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Unido</translation>
    </message>
    <message>
        <source>You take part in this event</source>
        <translation>Participas en este evento</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasado</translation>
    </message>
    <message>
        <source>This event has ended</source>
        <translation>Este evento ha terminado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Imported from “%1”</source>
        <translation>Importado de «%1»</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>No tickets are left</source>
        <translation>No quedan entradas</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>De otros</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>ddd, MMM d</source>
        <extracomment>A compact date, QDate format: en &quot;ddd, MMM d&quot; (Sat, Nov 21), es &quot;ddd, d MMM&quot; (sáb, 21 nov), de &quot;ddd, d. MMM&quot; (Sa., 21. Nov.).</extracomment>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>ddd, MMM d, yyyy</source>
        <extracomment>A compact date in another year, QDate format: en &quot;ddd, MMM d, yyyy&quot;, es &quot;ddd, d MMM yyyy&quot;, de &quot;ddd, d. MMM yyyy&quot;.</extracomment>
        <translation>ddd, d MMM yyyy</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <extracomment>An agenda heading, QDate format: en &quot;dddd, MMMM d&quot; (Saturday, November 21), es &quot;dddd, d &apos;de&apos; MMMM&quot;, de &quot;dddd, d. MMMM&quot;.</extracomment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>dddd, MMMM d, yyyy</source>
        <extracomment>An agenda heading in another year, QDate format: en &quot;dddd, MMMM d, yyyy&quot;, es &quot;dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy&quot;, de &quot;dddd, d. MMMM yyyy&quot;.</extracomment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>The month view&apos;s title, QDate format: en &quot;MMMM yyyy&quot; (November 2026), es &quot;MMMM &apos;de&apos; yyyy&quot;, de &quot;MMMM yyyy&quot;.</extracomment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
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
        <translation>%1 · Todo el día</translation>
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
        <source>&quot;Remember me&quot; is off: no system keychain (%1).</source>
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
</context>
<context>
    <name>Eventdesk::Gui::ActivityChart</name>
    <message>
        <source>Events per minute</source>
        <translation>Eventos por minuto</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Chart axis: day and month (d MMM), e.g. &quot;21 Nov&quot;</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::ActivityView</name>
    <message>
        <source>Session id</source>
        <translation>Id. de sesión</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Últimos 15 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el período</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>En &amp;directo</translation>
    </message>
    <message>
        <source>Show new events as they arrive</source>
        <translation>Muestra los eventos nuevos a medida que llegan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Select a rejected event to see its payload and reasons.</source>
        <translation>Selecciona un evento rechazado para ver su contenido y los motivos.</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>Grá&amp;fico</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>Reasons:
%1

Payload as received:
%2</source>
        <translation>Motivos:
%1

Contenido tal como se recibió:
%2</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Desde… hasta…</translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation>Re&amp;chazados</translation>
    </message>
    <message numerus="yes">
        <source>Newest %Ln event(s) shown; updated %1</source>
        <translation>
            <numerusform>Se muestra el evento más reciente; actualizado a las %1</numerusform>
            <numerusform>Se muestran los %Ln eventos más recientes; actualizado a las %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s); updated %1</source>
        <translation>
            <numerusform>%Ln evento; actualizado a las %1</numerusform>
            <numerusform>%Ln eventos; actualizado a las %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected event(s); updated %1</source>
        <translation>
            <numerusform>%Ln evento rechazado; actualizado a las %1</numerusform>
            <numerusform>%Ln eventos rechazados; actualizado a las %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <source>Accepted events</source>
        <translation>Eventos aceptados</translation>
    </message>
    <message>
        <source>Rejected events</source>
        <translation>Eventos rechazados</translation>
    </message>
    <message>
        <source>Rejected event details</source>
        <translation>Detalles del evento rechazado</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Distintivos</translation>
    </message>
    <message>
        <source>No events today</source>
        <translation>Hoy no hay eventos</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <extracomment>A multi-day event in the agenda: &quot;Day 2 of 3&quot;.</extracomment>
        <translation>Día %1 de %2</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
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
        <translation>Revocada %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::AppsView</name>
    <message>
        <source>Name of the application, e.g. Web shop</source>
        <translation>Nombre de la aplicación, p. ej. Tienda web</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>Crear c&amp;lave</translation>
    </message>
    <message>
        <source>&amp;Revoke key…</source>
        <translation>&amp;Revocar clave…</translation>
    </message>
    <message>
        <source>Applications with a key may post analytics events to POST /api/v1/track.</source>
        <translation>Las aplicaciones con clave pueden enviar eventos de analítica a POST /api/v1/track.</translation>
    </message>
    <message>
        <source>Key of %1</source>
        <translation>Clave de %1</translation>
    </message>
    <message>
        <source>Copy this key now: it is shown only once. The application sends it as &apos;Authorization: Bearer &lt;key&gt;&apos;.</source>
        <translation>Copia esta clave ahora: solo se muestra una vez. La aplicación la envía como &apos;Authorization: Bearer &lt;key&gt;&apos;.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revocar clave</translation>
    </message>
    <message>
        <source>Revoke the key of %1? The application can no longer post events; what it sent stays.</source>
        <translation>¿Revocar la clave de %1? La aplicación ya no podrá enviar eventos; lo que ya envió se conserva.</translation>
    </message>
    <message>
        <source>Key revoked.</source>
        <translation>Clave revocada.</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nombre de la aplicación</translation>
    </message>
    <message>
        <source>App keys</source>
        <translation>Claves de aplicación</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::CalendarModel</name>
    <message numerus="yes">
        <source>%1, %n event(s)</source>
        <extracomment>A day cell read out by screen readers: &quot;Saturday, November 21, 2026, 3 events&quot;.</extracomment>
        <translation>
            <numerusform>%1, %n evento</numerusform>
            <numerusform>%1, %n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::CalendarSubscriptionsView</name>
    <message>
        <source>Subscribe in your calendar app</source>
        <translation>Suscríbete desde tu app de calendario</translation>
    </message>
    <message>
        <source>Calendar apps such as Thunderbird, GNOME Calendar or Outlook can show your own and joined events and keep them up to date. Each address works without a password: give it only to apps you trust, and revoke it when you stop using it.</source>
        <translation>Las apps de calendario como Thunderbird, GNOME Calendar u Outlook pueden mostrar tus eventos y aquellos a los que te apuntaste, y mantenerlos al día. Cada dirección funciona sin contraseña: dásela solo a apps de confianza y revócala cuando dejes de usarla.</translation>
    </message>
    <message>
        <source>&amp;New Subscription Address</source>
        <translation>&amp;Nueva dirección de suscripción</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Subscription addresses</source>
        <translation>Direcciones de suscripción</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last Used by a Calendar App</source>
        <translation>Último uso por una app de calendario</translation>
    </message>
    <message>
        <source>The local API is stopped: calendar apps reach these addresses only while it runs. Start it in Settings › Local API.</source>
        <translation>La API local está detenida: las apps de calendario solo llegan a estas direcciones mientras funciona. Iníciala en Preferencias › API local.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>No subscription addresses yet. Make one, then paste it into your calendar app&apos;s “New calendar from the web” or “Subscribe” dialog.</source>
        <translation>Aún no hay direcciones de suscripción. Crea una y pégala en el diálogo «Nuevo calendario desde la web» o «Suscribirse» de tu app de calendario.</translation>
    </message>
    <message>
        <source>Sign in to subscribe to your events in a calendar app.</source>
        <translation>Inicia sesión para suscribirte a tus eventos en una app de calendario.</translation>
    </message>
    <message>
        <source>Subscribe in Your Calendar App</source>
        <translation>Suscríbete desde tu app de calendario</translation>
    </message>
    <message>
        <source>Paste one of these addresses into your calendar app: most take the webcal address, some want the http one. Copy it now: you will not see it again.</source>
        <translation>Pega una de estas direcciones en tu app de calendario: la mayoría acepta la dirección webcal, algunas quieren la http. Cópiala ahora: no la volverás a ver.</translation>
    </message>
    <message>
        <source>&amp;Webcal address:</source>
        <translation>Dirección &amp;webcal:</translation>
    </message>
    <message>
        <source>&amp;HTTP address:</source>
        <translation>Dirección &amp;HTTP:</translation>
    </message>
    <message>
        <source>Revoke Subscription Address</source>
        <translation>Revocar dirección de suscripción</translation>
    </message>
    <message>
        <source>Revoke the address created %1?</source>
        <translation>¿Revocar la dirección creada el %1?</translation>
    </message>
    <message>
        <source>Calendar apps using it stop getting your events at once. This can&apos;t be undone.</source>
        <translation>Las apps de calendario que la usan dejan de recibir tus eventos al instante. No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Revoke Address</source>
        <translation>&amp;Revocar dirección</translation>
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
        <translation>No se pudieron leer los eventos: %1</translation>
    </message>
    <message>
        <source>Go to Date</source>
        <translation>Ir a fecha</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Go to Date</source>
        <translation>&amp;Ir a la fecha</translation>
    </message>
    <message>
        <source>Sign in to create events.</source>
        <translation>Inicia sesión para crear eventos.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An event in the day&apos;s list: %1 time, %2 title.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Past events are paler</source>
        <translation>Los eventos pasados, más pálidos</translation>
    </message>
    <message>
        <source>Previous Month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next Month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Previous Week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next Week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tooltip: the action and its keys, &quot;Previous Month (Alt+Left)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Go to &amp;Date…</source>
        <translation>Ir a &amp;fecha…</translation>
    </message>
    <message>
        <source>Go to Date (%1)</source>
        <translation>Ir a fecha (%1)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
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
        <translation>No hay ningún servicio de llavero disponible.</translation>
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
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>HTTP Status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Next Attempt</source>
        <translation>Próximo intento</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::ErrorText</name>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Algo salió mal (%1).</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Check the connection and try again in a moment.</source>
        <translation>Comprueba la conexión y vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Someone changed it in the meantime; it now shows their version.</source>
        <translation>Alguien lo cambió mientras tanto; ahora se muestra su versión.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, please report it.</source>
        <translation>Vuelve a intentarlo. Si vuelve a ocurrir, infórmanos.</translation>
    </message>
    <message>
        <source>Email or password is incorrect.</source>
        <translation>El correo o la contraseña no son correctos.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelve a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Vuelve a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::EventDetailPane</name>
    <message>
        <source>Write a comment</source>
        <translation>Escribe un comentario</translation>
    </message>
    <message>
        <source>This event was deleted.</source>
        <translation>Este evento se ha eliminado.</translation>
    </message>
    <message>
        <source>The comment must not be empty and at most %1 characters.</source>
        <translation>El comentario no puede estar vacío y puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A price range: &quot;€12 – €30&quot;.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change this event</source>
        <translation>Cambiar este evento</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete this event for everyone</source>
        <translation>Eliminar este evento para todos</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Comentarios</translation>
    </message>
    <message>
        <source>Ctrl+Enter posts the comment</source>
        <translation>Ctrl+Intro publica el comentario</translation>
    </message>
    <message>
        <source>Edit c&amp;omment</source>
        <translation>Editar come&amp;ntario</translation>
    </message>
    <message>
        <source>&amp;Remove comment</source>
        <translation>&amp;Quitar comentario</translation>
    </message>
    <message>
        <source>Select an event to see its details</source>
        <translation>Selecciona un evento para ver sus detalles</translation>
    </message>
    <message>
        <source>Imported from “%1”. Changes at the source appear after the next sync.</source>
        <translation>Importado de «%1». Los cambios en el origen aparecen tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>Organized by %1</source>
        <translation>Organizado por %1</translation>
    </message>
    <message>
        <source>Nobody has joined yet</source>
        <translation>Todavía no se ha unido nadie</translation>
    </message>
    <message numerus="yes">
        <source>%n going: %1</source>
        <extracomment>%n people joined; %1 the first names (&quot;3 going: Ann, Ben, Cy&quot;).</extracomment>
        <translation>
            <numerusform>%n asiste: %1</numerusform>
            <numerusform>%n asisten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n going</source>
        <translation>
            <numerusform>%n asiste</numerusform>
            <numerusform>%n asisten</numerusform>
        </translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Sin descripción</translation>
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
        <translation>&amp;Retirarse</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>Sign in to join events</source>
        <translation>Inicia sesión para unirte a eventos</translation>
    </message>
    <message>
        <source>Leave this event</source>
        <translation>Dejar este evento</translation>
    </message>
    <message>
        <source>Take part in this event</source>
        <translation>Participar en este evento</translation>
    </message>
    <message>
        <source>&amp;Save comment</source>
        <translation>Guar&amp;dar comentario</translation>
    </message>
    <message>
        <source>This event has ended and can no longer be joined.</source>
        <translation>Este evento ha terminado y ya no admite participantes.</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>%n people joined it. It disappears for them too, with its comments.</source>
        <translation>
            <numerusform>%n persona se ha unido. También desaparece para ella, con sus comentarios.</numerusform>
            <numerusform>%n personas se han unido. También desaparece para ellas, con sus comentarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is deleted with its comments. This can&apos;t be undone.</source>
        <translation>Se elimina con sus comentarios. No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>&amp;Eliminar evento</translation>
    </message>
    <message>
        <source>Remove Comment</source>
        <translation>Quitar comentario</translation>
    </message>
    <message>
        <source>Remove this comment?</source>
        <translation>¿Quitar este comentario?</translation>
    </message>
    <message>
        <source>&amp;Post comment</source>
        <translation>&amp;Publicar comentario</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::EventDialog</name>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>The title must be at most %1 characters.</source>
        <translation>El título puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The end must not be before the start.</source>
        <translation>El final no puede ser anterior al comienzo.</translation>
    </message>
    <message>
        <source>The place must be at most %1 characters.</source>
        <translation>El lugar puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The description must be at most %1 characters.</source>
        <translation>La descripción puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>What is happening?</source>
        <translation>¿Qué ocurre?</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation>&amp;a las</translation>
    </message>
    <message>
        <source>a&amp;t</source>
        <translation>a la&amp;s</translation>
    </message>
    <message>
        <source>All &amp;day</source>
        <translation>Todo el &amp;día</translation>
    </message>
    <message>
        <source>Times in %1 (%2)</source>
        <extracomment>The time zone the dialog&apos;s times are in: &quot;Times in Europe/Madrid (CET)&quot;.</extracomment>
        <translation>Horas en %1 (%2)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>Ter&amp;mina:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;ipción:</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Introduce un título.</translation>
    </message>
    <message>
        <source>Enter a time such as %1.</source>
        <translation>Introduce una hora como %1.</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::EventTableModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation>(importado)</translation>
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
        <translation>&amp;Nuevo tipo</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>&amp;Guardar reglas</translation>
    </message>
    <message>
        <source>&amp;Delete type</source>
        <translation>E&amp;liminar tipo</translation>
    </message>
    <message>
        <source>Strict: reject events of types without rules</source>
        <translation>Estricto: rechazar eventos de tipos sin reglas</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rules (JSON):</source>
        <translation>Reglas (JSON):</translation>
    </message>
    <message>
        <source>Allowed clock skew for future timestamps:</source>
        <translation>Desfase de reloj permitido para marcas de tiempo futuras:</translation>
    </message>
    <message>
        <source>%1 / %2 (built in)</source>
        <translation>%1 / %2 (integrado)</translation>
    </message>
    <message>
        <source>The rules are not a JSON object: %1</source>
        <translation>Las reglas no son un objeto JSON: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Tipos de evento</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::EventsView</name>
    <message>
        <source>All events</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasados</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Míos</translation>
    </message>
    <message>
        <source>&amp;Joined</source>
        <translation>I&amp;nscrito</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Write the selected events to an .ics file (%1)</source>
        <translation>Guarda los eventos seleccionados en un archivo .ics (%1)</translation>
    </message>
    <message>
        <source>iCalendar export is not available.</source>
        <translation>La exportación a iCalendar no está disponible.</translation>
    </message>
    <message>
        <source>No events are selected.</source>
        <translation>No hay eventos seleccionados.</translation>
    </message>
    <message>
        <source>Export selected events as iCalendar</source>
        <translation>Exportar los eventos seleccionados como iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Could not export the selected events to %1: %2</source>
        <translation>No se pudieron exportar los eventos seleccionados a %1: %2</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Buscar eventos</translation>
    </message>
    <message>
        <source>Finds events by title and description (Ctrl+F)</source>
        <translation>Busca eventos por título y descripción (Ctrl+F)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>No events match “%1”.</source>
        <translation>Ningún evento coincide con «%1».</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>Ningún evento coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No events yet. Sign in to create one, or import a calendar with File › Import Calendar…</source>
        <translation>Todavía no hay eventos. Inicia sesión para crear uno o importa un calendario con Archivo › Importar calendario…</translation>
    </message>
    <message>
        <source>No events yet. Create one with New Event (Ctrl+N), or import a calendar with File › Import Calendar…</source>
        <translation>Todavía no hay eventos. Crea uno con Nuevo evento (Ctrl+N) o importa un calendario con Archivo › Importar calendario…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>%Ln evento exportado a %1.</numerusform>
            <numerusform>%Ln eventos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the events to %1: %2</source>
        <translation>No se pudieron exportar los eventos a %1: %2</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>All Events as &amp;CSV…</source>
        <translation>Todos los eventos como &amp;CSV…</translation>
    </message>
    <message>
        <source>Selected Events as &amp;iCalendar…</source>
        <translation>Eventos seleccionados como &amp;iCalendar…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::FeedDialog</name>
    <message>
        <source>https://… or /path/to/feed.xml</source>
        <translation>https://… o /ruta/a/fuente.xml</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Provider XML</source>
        <translation>XML del proveedor</translation>
    </message>
    <message>
        <source>JSON API</source>
        <translation>API JSON</translation>
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
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <source>Edit Feed</source>
        <translation>Editar fuente</translation>
    </message>
    <message>
        <source>Add Feed</source>
        <translation>Añadir fuente</translation>
    </message>
    <message>
        <source>Manual only</source>
        <translation>Solo manual</translation>
    </message>
    <message>
        <source>Sync every (minutes)</source>
        <translation>Sincronizar cada (minutos)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::FeedsModel</name>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>cada hora</numerusform>
            <numerusform>cada %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>cada minuto</numerusform>
            <numerusform>cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>OK (not modified)</source>
        <translation>Correcto (sin cambios)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nunca ejecutada</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>detectar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::FeedsView</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Cannot read the feeds: %1</source>
        <translation>No se pueden leer las fuentes: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>No feeds yet. Add a feed to import events from a web site or a calendar file, and keep them up to date.</source>
        <translation>Todavía no hay fuentes. Añade una para importar eventos de un sitio web o de un archivo de calendario y mantenerlos al día.</translation>
    </message>
    <message>
        <source>A&amp;dd Feed…</source>
        <translation>Aña&amp;dir fuente…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Import Calendar…</source>
        <translation>I&amp;mportar calendario…</translation>
    </message>
    <message>
        <source>E&amp;xport events from</source>
        <translation>E&amp;xportar eventos del</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>a&amp;l</translation>
    </message>
    <message>
        <source>Save as i&amp;Calendar…</source>
        <translation>Guardar como iCalenda&amp;r…</translation>
    </message>
    <message>
        <source>Remove Feed</source>
        <translation>Quitar fuente</translation>
    </message>
    <message>
        <source>Remove the feed “%1”?</source>
        <translation>¿Quitar la fuente «%1»?</translation>
    </message>
    <message>
        <source>Its events stay in the calendar; they are no longer updated.</source>
        <translation>Sus eventos se quedan en el calendario, pero ya no se actualizan.</translation>
    </message>
    <message>
        <source>&amp;Remove Feed</source>
        <translation>&amp;Quitar fuente</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>Sincronizando «%1»…</translation>
    </message>
    <message>
        <source>Save as iCalendar</source>
        <translation>Guardar como iCalendar</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported the events to %1.</source>
        <translation>Eventos exportados a %1.</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::FirstRunPage</name>
    <message>
        <source>Welcome to Eventdesk</source>
        <translation>Te damos la bienvenida a Eventdesk</translation>
    </message>
    <message>
        <source>Plan events, share them with others and follow the calendars you care about. Start with an account.</source>
        <translation>Planifica eventos, compártelos con otras personas y sigue los calendarios que te interesan. Empieza con una cuenta.</translation>
    </message>
    <message>
        <source>&amp;Create Account…</source>
        <translation>C&amp;rear cuenta…</translation>
    </message>
    <message>
        <source>Your events, the ones you join and your comments are kept under it.</source>
        <translation>En ella se guardan tus eventos, aquellos a los que te unes y tus comentarios.</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>I&amp;niciar sesión…</translation>
    </message>
    <message>
        <source>Use an account you already have on this computer.</source>
        <translation>Usa una cuenta que ya tienes en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Import Calendar…</source>
        <translation>I&amp;mportar calendario…</translation>
    </message>
    <message>
        <source>Read events from an .ics file, a provider feed or a web address.</source>
        <translation>Lee eventos de un archivo .ics, de la fuente de un proveedor o de una dirección web.</translation>
    </message>
    <message>
        <source>&amp;Browse Events Without an Account</source>
        <translation>&amp;Explorar eventos sin cuenta</translation>
    </message>
    <message>
        <source>Programs on this computer can also read and add events through Eventdesk&apos;s local API once it runs.</source>
        <translation>Los programas de este equipo también pueden leer y añadir eventos mediante la API local de Eventdesk cuando esté en marcha.</translation>
    </message>
    <message>
        <source>Programs on this computer can also read and add events through the local API at %1 (&lt;a href=&quot;%2&quot;&gt;documentation&lt;/a&gt;).</source>
        <translation>Los programas de este equipo también pueden leer y añadir eventos mediante la API local en %1 (&lt;a href=&quot;%2&quot;&gt;documentación&lt;/a&gt;).</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::ImportDialog</name>
    <message>
        <source>Provider XML</source>
        <translation>XML del proveedor</translation>
    </message>
    <message>
        <source>JSON API (posts and comments)</source>
        <translation>API JSON (publicaciones y comentarios)</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>A file or an http(s) URL</source>
        <translation>Un archivo o una URL http(s)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Detectado:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Starts (UTC)</source>
        <translation>Empieza (UTC)</translation>
    </message>
    <message>
        <source>Ends (UTC)</source>
        <translation>Termina (UTC)</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Import a feed</source>
        <translation>Importar una fuente</translation>
    </message>
    <message>
        <source>Feeds (*.xml *.json *.ics);;All files (*)</source>
        <translation>Fuentes (*.xml *.json *.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Cannot read it: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The import failed and changed nothing: %1</source>
        <translation>La importación falló y no cambió nada: %1</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <source>Choose a file or enter a web address.</source>
        <translation>Elige un archivo o escribe una dirección web.</translation>
    </message>
    <message>
        <source>Choose a file or enter a web address first.</source>
        <translation>Primero elige un archivo o escribe una dirección web.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) read…</source>
        <translation>
            <numerusform>%Ln evento leído…</numerusform>
            <numerusform>%Ln eventos leídos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln event(s) from “%1”: %2 new, %3 updated, %4 unchanged.</source>
        <extracomment>%1 is the file or address, %2..%4 counts (&quot;30 new, 10 updated, 2 unchanged&quot;)</extracomment>
        <translation>
            <numerusform>%Ln evento importado de «%1»: %2 nuevos, %3 actualizados, %4 sin cambios.</numerusform>
            <numerusform>%Ln eventos importados de «%1»: %2 nuevos, %3 actualizados, %4 sin cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) were skipped. The first reason: %1</source>
        <translation>
            <numerusform>Se omitió %Ln evento. El motivo: %1</numerusform>
            <numerusform>Se omitieron %Ln eventos. El primer motivo: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Events in the file</source>
        <translation>Eventos del archivo</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::IntegrationsWindow</name>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Programs on this computer, such as a web site&apos;s tracker or a script, read and add events through the local API. Each one needs an app key.</source>
        <translation>Los programas de este equipo, como el rastreador de un sitio web o un script, leen y añaden eventos mediante la API local. Cada uno necesita una clave de aplicación.</translation>
    </message>
    <message>
        <source>Open API &amp;Documentation</source>
        <translation>Abrir la &amp;documentación de la API</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>API local</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenida: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>App Keys</source>
        <translation>Claves de aplicación</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Event Types</source>
        <translation>Tipos de evento</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Calendar Apps</source>
        <translation>Apps de calendario</translation>
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
</context>
<context>
    <name>Eventdesk::Gui::MainWindow</name>
    <message>
        <source>Eventdesk</source>
        <translation>Eventdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
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
        <source>&amp;About Eventdesk</source>
        <translation>&amp;Acerca de Eventdesk</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>%1 is not available in this build.</source>
        <translation>«%1» no está disponible en esta compilación.</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>&amp;Import Calendar…</source>
        <translation>&amp;Importar calendario…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Cerrar ventana</translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation>Ir a &amp;hoy</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>&amp;Find Events</source>
        <translation>&amp;Buscar eventos</translation>
    </message>
    <message>
        <source>&amp;Integrations</source>
        <translation>&amp;Integraciones</translation>
    </message>
    <message>
        <source>API &amp;Documentation</source>
        <translation>&amp;Documentación de la API</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Hide Eventdesk</source>
        <translation>&amp;Ocultar Eventdesk</translation>
    </message>
    <message>
        <source>&amp;Show Eventdesk</source>
        <translation>&amp;Mostrar Eventdesk</translation>
    </message>
    <message>
        <source>Eventdesk is still running</source>
        <translation>Eventdesk sigue en marcha</translation>
    </message>
    <message>
        <source>Reminders and the local API keep working. Change this in Settings.</source>
        <translation>Los recordatorios y la API local siguen funcionando. Puedes cambiarlo en Configuración.</translation>
    </message>
    <message>
        <source>Local API on %1. Programs on this computer can use Eventdesk; see Tools › Integrations.</source>
        <translation>API local en %1. Los programas de este equipo pueden usar Eventdesk; consulta Herramientas › Integraciones.</translation>
    </message>
    <message>
        <source>Local API stopped: %1. Change the port in Settings.</source>
        <translation>API local detenida: %1. Cambia el puerto en Configuración.</translation>
    </message>
    <message>
        <source>Local API stopped.</source>
        <translation>API local detenida.</translation>
    </message>
    <message>
        <source>Sign in to create events</source>
        <translation>Inicia sesión para crear eventos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eventdesk %1&lt;/b&gt;&lt;p&gt;A desktop calendar for the events you share, with a local API for your programs.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Eventdesk %1&lt;/b&gt;&lt;p&gt;Un calendario de escritorio para los eventos que compartes, con una API local para tus programas.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::MonthDelegate</name>
    <message>
        <source>%1 %2</source>
        <comment>first of month</comment>
        <extracomment>The first day of a month in the month grid: %1 the short month name, %2 the day (&quot;Nov 1&quot;; es &quot;1 nov&quot;, de &quot;1. Nov.&quot;).</extracomment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A timed event in the month grid: %1 the start time, %2 the title (&quot;18:00 Jazz&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>All Events</source>
        <translation>Todos los eventos</translation>
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
            <numerusform>En %n minuto · %1</numerusform>
            <numerusform>En %n minutos · %1</numerusform>
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
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Default: the user&apos;s data folder</source>
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
    <message>
        <source>&amp;Keep running in the notification area when the window is closed</source>
        <translation>&amp;Mantener en marcha en el área de notificación al cerrar la ventana</translation>
    </message>
    <message>
        <source>Reminders and the local API keep working while the window is closed. Quit from the tray icon or the File menu.</source>
        <translation>Los recordatorios y la API local siguen funcionando con la ventana cerrada. Para salir, usa el icono de la bandeja o el menú Archivo.</translation>
    </message>
    <message>
        <source>The API, language and data folder change the next time Eventdesk starts. Command-line options (--port, --bind, --lang, --data-dir) override these settings.</source>
        <translation>La API, el idioma y la carpeta de datos cambian la próxima vez que se inicie Eventdesk. Las opciones de la línea de órdenes (--port, --bind, --lang, --data-dir) tienen prioridad sobre estos ajustes.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivados</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>Al empezar</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minuto antes</numerusform>
            <numerusform>%n minutos antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hora antes</numerusform>
            <numerusform>%n horas antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n día antes</numerusform>
            <numerusform>%n días antes</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;minders:</source>
        <translation>&amp;Recordatorios:</translation>
    </message>
    <message>
        <source>This instance (applies at once, for every account)</source>
        <translation>Esta instancia (se aplica de inmediato, para todas las cuentas)</translation>
    </message>
    <message>
        <source>Automatic: only while the API listens on this computer alone</source>
        <translation>Automático: solo mientras la API escuche únicamente en este equipo</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Feed fetches and webhook deliveries to loopback (127.0.0.1, localhost), link-local and private network addresses. Allowing them lets anyone who may use the API make Eventdesk send requests to services on this computer and on your local network. Automatic allows them only while the API listens on 127.0.0.1 alone, when every API client is on this computer anyway.</source>
        <translation>Descargas de fuentes y entregas de webhooks a direcciones de bucle local (127.0.0.1, localhost), de enlace local y de redes privadas. Permitirlas deja que cualquiera que pueda usar la API haga que Eventdesk envíe peticiones a servicios de este equipo y de su red local. Automático solo las permite mientras la API escuche únicamente en 127.0.0.1, cuando todos los clientes de la API están de todos modos en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Outbound requests to private addresses:</source>
        <translation>Peticiones &amp;salientes a direcciones privadas:</translation>
    </message>
    <message>
        <source>Sign in as an administrator to change this.</source>
        <translation>Inicie sesión como administrador para cambiar esto.</translation>
    </message>
    <message>
        <source>Only administrators change this.</source>
        <translation>Solo los administradores pueden cambiar esto.</translation>
    </message>
    <message>
        <source>Such requests are allowed now.</source>
        <translation>Ahora estas peticiones están permitidas.</translation>
    </message>
    <message>
        <source>Such requests are refused now.</source>
        <translation>Ahora estas peticiones se rechazan.</translation>
    </message>
    <message>
        <source>Set by --outbound-private for this run.</source>
        <translation>Fijado por --outbound-private para esta ejecución.</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::ShownOnceDialog</name>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Copi&amp;ar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
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
    <name>Eventdesk::Gui::TrackedEventModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::TrackingErrorModel</name>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::UsersDialog</name>
    <message>
        <source>Users and invitations</source>
        <translation>Usuarios e invitaciones</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Make &amp;administrator</source>
        <translation>Hacer &amp;administrador</translation>
    </message>
    <message>
        <source>Make &amp;member</source>
        <translation>Hacer &amp;miembro</translation>
    </message>
    <message>
        <source>Anyone may sign up</source>
        <translation>Cualquiera puede registrarse</translation>
    </message>
    <message>
        <source>By invitation</source>
        <translation>Por invitación</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Create &amp;invitation</source>
        <translation>Crear &amp;invitación</translation>
    </message>
    <message>
        <source>A new code appears here; it is shown once.</source>
        <translation>Aquí aparece un código nuevo; se muestra una sola vez.</translation>
    </message>
    <message>
        <source>Sign-up over the API:</source>
        <translation>Registro por la API:</translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation>Invitación:</translation>
    </message>
    <message>
        <source>This is the last administrator. Make another account an administrator first.</source>
        <translation>Es el último administrador. Haga antes administradora a otra cuenta.</translation>
    </message>
    <message>
        <source>Only administrators manage users and invitations.</source>
        <translation>Solo los administradores gestionan usuarios e invitaciones.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>No ha funcionado: %1</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Set by --registration for this run.</source>
        <translation>Fijado por --registration en esta ejecución.</translation>
    </message>
    <message>
        <source>The window may always create accounts; the first account is an administrator.</source>
        <translation>La ventana siempre puede crear cuentas; la primera cuenta es administradora.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Seleccione antes una cuenta.</translation>
    </message>
    <message>
        <source>%1 is now an administrator.</source>
        <translation>%1 ahora es administrador.</translation>
    </message>
    <message>
        <source>%1 is now a member.</source>
        <translation>%1 ahora es miembro.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Single use, valid until %1. Send it with &quot;invite&quot; in the sign-up.</source>
        <translation>De un solo uso, válido hasta %1. Envíelo como &quot;invite&quot; en el registro.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Código de invitación</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::WebhookDialog</name>
    <message>
        <source>Add Webhook</source>
        <translation>Añadir webhook</translation>
    </message>
    <message>
        <source>https://example.org/hooks/eventdesk</source>
        <translation>https://example.org/hooks/eventdesk</translation>
    </message>
    <message>
        <source>What receives it, e.g. Team chat</source>
        <translation>Qué lo recibe, p. ej. Chat del equipo</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>&amp;Add Webhook</source>
        <translation>&amp;Añadir webhook</translation>
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
        <translation>Evento creado</translation>
    </message>
    <message>
        <source>Event changed</source>
        <translation>Evento modificado</translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation>Evento eliminado</translation>
    </message>
    <message>
        <source>Someone joined</source>
        <translation>Alguien se apuntó</translation>
    </message>
    <message>
        <source>Someone withdrew</source>
        <translation>Alguien se retiró</translation>
    </message>
    <message>
        <source>Comment added</source>
        <translation>Comentario añadido</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>Comentario modificado</translation>
    </message>
    <message>
        <source>Comment deleted</source>
        <translation>Comentario eliminado</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Off: the receiver answered 410 Gone</source>
        <translation>Desactivado: el receptor respondió 410 Gone</translation>
    </message>
    <message>
        <source>Off: failed for 24 hours</source>
        <translation>Desactivado: falló durante 24 horas</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation>Falla desde %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>el servidor respondió %1</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <extracomment>%1 is the network&apos;s or the dispatcher&apos;s reason, in English.</extracomment>
        <translation>sin respuesta (%1)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Delivered · %1</source>
        <translation>Entregado · %1</translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>Falló: %1.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Failed: %1. Next try at %2.</source>
        <translation>Falló: %1. Próximo intento a las %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Turned off on %1</source>
        <translation>Desactivado el %1</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last Delivery</source>
        <translation>Última entrega</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::WebhooksView</name>
    <message>
        <source>Webhooks tell other services when events change: Eventdesk sends each change to their address, signed with a secret.</source>
        <translation>Los webhooks avisan a otros servicios cuando cambian los eventos: Eventdesk envía cada cambio a su dirección, firmado con un secreto.</translation>
    </message>
    <message>
        <source>&amp;Add Webhook…</source>
        <translation>&amp;Añadir webhook…</translation>
    </message>
    <message>
        <source>Send &amp;Test</source>
        <translation>Enviar pr&amp;ueba</translation>
    </message>
    <message>
        <source>Send a test message to the selected webhook</source>
        <translation>Envía un mensaje de prueba al webhook seleccionado</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>No webhooks</source>
        <translation>No hay webhooks</translation>
    </message>
    <message>
        <source>Add &amp;Webhook…</source>
        <translation>Añadir &amp;webhook…</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>R&amp;edeliver</source>
        <translation>Reen&amp;viar</translation>
    </message>
    <message>
        <source>Send the selected delivery again, with the same message id</source>
        <translation>Envía de nuevo la entrega seleccionada, con el mismo id de mensaje</translation>
    </message>
    <message>
        <source>Webhooks tell other services when events change. Add one with the address that should receive them.</source>
        <translation>Los webhooks avisan a otros servicios cuando cambian los eventos. Añade uno con la dirección que debe recibirlos.</translation>
    </message>
    <message>
        <source>Sign in to add webhooks: they tell other services when your events change.</source>
        <translation>Inicia sesión para añadir webhooks: avisan a otros servicios cuando cambian tus eventos.</translation>
    </message>
    <message>
        <source>The webhook to %1 was turned off: the receiver answered 410 Gone (no longer wanted). Resume it in Tools › Integrations › Webhooks.</source>
        <translation>Se desactivó el webhook a %1: el receptor respondió 410 Gone (ya no lo quiere). Reanúdalo en Herramientas › Integraciones › Webhooks.</translation>
    </message>
    <message>
        <source>The webhook to %1 was turned off after failing for 24 hours. Check the receiver, then resume it in Tools › Integrations › Webhooks.</source>
        <translation>Se desactivó el webhook a %1 tras fallar durante 24 horas. Revisa el receptor y reanúdalo en Herramientas › Integraciones › Webhooks.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Send changes to this webhook again</source>
        <translation>Vuelve a enviar los cambios a este webhook</translation>
    </message>
    <message>
        <source>Stop sending changes to this webhook for now</source>
        <translation>Deja de enviar cambios a este webhook por ahora</translation>
    </message>
    <message>
        <source>No deliveries yet. Send Test to try the receiver.</source>
        <translation>Aún no hay entregas. Usa Enviar prueba para probar el receptor.</translation>
    </message>
    <message>
        <source>Select a webhook to see its deliveries.</source>
        <translation>Selecciona un webhook para ver sus entregas.</translation>
    </message>
    <message>
        <source>Webhook Secret</source>
        <translation>Secreto del webhook</translation>
    </message>
    <message>
        <source>The receiver checks each message&apos;s signature with this secret. Copy it now: you will not see it again.</source>
        <translation>El receptor comprueba la firma de cada mensaje con este secreto. Cópialo ahora: no lo volverás a ver.</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secreto:</translation>
    </message>
    <message>
        <source>Delete Webhook</source>
        <translation>Eliminar webhook</translation>
    </message>
    <message>
        <source>Delete the webhook to “%1”?</source>
        <translation>¿Eliminar el webhook a «%1»?</translation>
    </message>
    <message>
        <source>It receives no more changes, and its delivery log is deleted. This can&apos;t be undone.</source>
        <translation>No recibirá más cambios y se eliminará su registro de entregas. No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete Webhook</source>
        <translation>&amp;Eliminar webhook</translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::WeekView</name>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
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
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Imports a provider XML, JSON API or iCalendar feed.</source>
        <translation>Importa una fuente XML del proveedor, de API JSON o iCalendar.</translation>
    </message>
    <message>
        <source>The feed&apos;s format: provider, json or ical (default: detected).</source>
        <translation>El formato de la fuente: provider, json o ical (predeterminado: detectado).</translation>
    </message>
    <message>
        <source>The events&apos; source (default: the format&apos;s name).</source>
        <translation>El origen de los eventos (predeterminado: el nombre del formato).</translation>
    </message>
    <message>
        <source>The folder of the database.</source>
        <translation>La carpeta de la base de datos.</translation>
    </message>
    <message>
        <source>iCalendar: expand recurring events from this date (default: a year ago).</source>
        <translation>iCalendar: desplegar los eventos periódicos desde esta fecha (predeterminado: hace un año).</translation>
    </message>
    <message>
        <source>iCalendar: expand recurring events until this date (default: in two years).</source>
        <translation>iCalendar: desplegar los eventos periódicos hasta esta fecha (predeterminado: dentro de dos años).</translation>
    </message>
    <message>
        <source>A file or an http(s) URL.</source>
        <translation>Un archivo o una URL http(s).</translation>
    </message>
    <message>
        <source>Usage: eventdesk import FILE-or-URL [--format provider|json|ical] [--source S] [--from DATE --to DATE] [--data-dir D]
</source>
        <translation>Uso: eventdesk import ARCHIVO-o-URL [--format provider|json|ical] [--source S] [--from FECHA --to FECHA] [--data-dir D]
</translation>
    </message>
    <message>
        <source>eventdesk import: --format is provider, json or ical.
</source>
        <translation>eventdesk import: --format es provider, json o ical.
</translation>
    </message>
    <message>
        <source>eventdesk import: --from and --to are dates (YYYY-MM-DD).
</source>
        <translation>eventdesk import: --from y --to son fechas (AAAA-MM-DD).
</translation>
    </message>
    <message>
        <source>import #%1 failed (%2): %3
</source>
        <translation>la importación n.º %1 falló (%2): %3
</translation>
    </message>
    <message>
        <source>import #%1 (%2, source %3): added %4, updated %5, unchanged %6, skipped %7 in %8 ms (fetch %9 ms)
</source>
        <translation>importación n.º %1 (%2, origen %3): %4 añadidos, %5 actualizados, %6 sin cambios, %7 omitidos en %8 ms (descarga %9 ms)
</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Copies this SQLite database into an empty PostgreSQL database (docs/server.md).</source>
        <translation>Copia esta base de datos SQLite en una base de datos PostgreSQL vacía (docs/server.md).</translation>
    </message>
    <message>
        <source>The PostgreSQL database: postgresql://USER@HOST:PORT/NAME.</source>
        <translation>La base de datos PostgreSQL: postgresql://USUARIO@HOST:PUERTO/NOMBRE.</translation>
    </message>
    <message>
        <source>The folder of the SQLite database.</source>
        <translation>La carpeta de la base de datos SQLite.</translation>
    </message>
    <message>
        <source>The SQLite database: sqlite:PATH.</source>
        <translation>La base de datos SQLite: sqlite:RUTA.</translation>
    </message>
    <message>
        <source>Usage: eventdesk migrate --to postgresql://USER@HOST:PORT/NAME [--data-dir D | --database sqlite:PATH]
</source>
        <translation>Uso: eventdesk migrate --to postgresql://USUARIO@HOST:PUERTO/NOMBRE [--data-dir D | --database sqlite:RUTA]
</translation>
    </message>
    <message>
        <source>eventdesk migrate: --to is a PostgreSQL URI (postgresql://USER@HOST:PORT/NAME).
</source>
        <translation>eventdesk migrate: --to es un URI de PostgreSQL (postgresql://USUARIO@HOST:PUERTO/NOMBRE).
</translation>
    </message>
    <message>
        <source>eventdesk migrate: the source is a SQLite database.
</source>
        <translation>eventdesk migrate: el origen es una base de datos SQLite.
</translation>
    </message>
    <message>
        <source>Copying %1 into %2
</source>
        <translation>Copiando %1 en %2
</translation>
    </message>
    <message>
        <source>  %1: %2 rows
</source>
        <translation>  %1: %2 filas
</translation>
    </message>
    <message>
        <source>eventdesk migrate: %1 Nothing was written.
</source>
        <translation>eventdesk migrate: %1 No se escribió nada.
</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables in %3 ms; every table&apos;s count matches.
</source>
        <translation>Copiadas %1 filas en %2 tablas en %3 ms; el recuento de cada tabla coincide.
</translation>
    </message>
</context>
<context>
    <name>TrackCommand</name>
    <message>
        <source>line %1: rejected: not a JSON object</source>
        <translation>línea %1: rechazada: no es un objeto JSON</translation>
    </message>
    <message>
        <source>line %1: rejected: larger than 32 KiB</source>
        <translation>línea %1: rechazada: ocupa más de 32 KiB</translation>
    </message>
    <message>
        <source>line %1: rejected: %2</source>
        <translation>línea %1: rechazada: %2</translation>
    </message>
    <message>
        <source>lines %1-%2: %3 accepted (%4 duplicates), %5 rejected</source>
        <translation>líneas %1-%2: %3 aceptadas (%4 duplicadas), %5 rechazadas</translation>
    </message>
    <message>
        <source>lines %1-%2: not delivered: %3</source>
        <translation>líneas %1-%2: no entregadas: %3</translation>
    </message>
    <message>
        <source>lines %1-%2: %3; retrying in %4 ms</source>
        <translation>líneas %1-%2: %3; nuevo intento dentro de %4 ms</translation>
    </message>
    <message>
        <source>total: %1 accepted (%2 duplicates), %3 rejected, %4 not delivered</source>
        <translation>total: %1 aceptados (%2 duplicados), %3 rechazados, %4 no entregados</translation>
    </message>
    <message>
        <source>Reads events as JSON lines on standard input and posts them to an Eventdesk collector in batches.</source>
        <translation>Lee eventos como líneas JSON de la entrada estándar y los envía por lotes a un recolector de Eventdesk.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>The Eventdesk server (default http://127.0.0.1:8085).</source>
        <translation>El servidor de Eventdesk (predeterminado: http://127.0.0.1:8085).</translation>
    </message>
    <message>
        <source>The app key (eda_...); default: $EVENTDESK_APP_KEY.</source>
        <translation>La clave de la aplicación (eda_...); predeterminada: $EVENTDESK_APP_KEY.</translation>
    </message>
    <message>
        <source>Events per request, 1-1000 (default 500).</source>
        <translation>Eventos por petición, 1-1000 (predeterminado: 500).</translation>
    </message>
    <message>
        <source>Attempts per batch before giving up (default 6).</source>
        <translation>Intentos por lote antes de desistir (predeterminado: 6).</translation>
    </message>
    <message>
        <source>eventdesk track: give --url, --key (or EVENTDESK_APP_KEY) and --batch 1-1000.
</source>
        <translation>eventdesk track: indica --url, --key (o EVENTDESK_APP_KEY) y --batch 1-1000.
</translation>
    </message>
</context>
<context>
    <name>WindowFactory</name>
    <message>
        <source>&amp;Users and invitations…</source>
        <translation>&amp;Usuarios e invitaciones…</translation>
    </message>
</context>
<context>
    <name>generate</name>
    <message>
        <source>Fills the database with sample users, events and one crowded event.</source>
        <translation>Llena la base de datos con usuarios y eventos de ejemplo y un evento muy concurrido.</translation>
    </message>
    <message>
        <source>Number of events.</source>
        <translation>Número de eventos.</translation>
    </message>
    <message>
        <source>Number of users.</source>
        <translation>Número de usuarios.</translation>
    </message>
    <message>
        <source>Participants of the crowded event.</source>
        <translation>Participantes del evento concurrido.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <source>Folder of the database.</source>
        <translation>Carpeta de la base de datos.</translation>
    </message>
    <message>
        <source>eventdesk generate: numbers expected.
</source>
        <translation>eventdesk generate: se esperaban números.
</translation>
    </message>
    <message>
        <source>eventdesk generate: counts must be &gt;= 0.
</source>
        <translation>eventdesk generate: las cantidades deben ser &gt;= 0.
</translation>
    </message>
    <message>
        <source>Generated %1 users, %2 events and %3 participants of event %4 in %5 ms (%6).
</source>
        <translation>Generados %1 usuarios, %2 eventos y %3 participantes del evento %4 en %5 ms (%6).
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>eventdesk: unknown command &apos;%1&apos;. See eventdesk --help.
</source>
        <translation>eventdesk: orden desconocida &apos;%1&apos;. Consulta eventdesk --help.
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
