<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppsCommand</name>
    <message>
        <source>Folder of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create NAME, list or revoke ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: eventdesk apps create NAME | list | revoke ID [--data-dir DIR]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App %1 &apos;%2&apos; created. Keep the key: it is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: eventdesk apps create NAME | list | revoke ID
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Eventdesk: a desktop events manager with a local HTTP API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the API server without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the local API (default 8085).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window (e.g. es, de; default: system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, first: a command such as &apos;import&apos; or &apos;track&apos; with its own arguments (&apos;eventdesk import --help&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid bind address: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector tuning, comma-separated: sync=full|normal, wal-frames=N, commit-us=N, writer=thread|loop, inline=0|1 (see docs/collector.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may sign up over the API: open, invite or closed (default: the stored setting, invite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid registration mode: %1 (open, invite or closed)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether feed fetches and webhooks may reach loopback, private and link-local addresses: auto, allow or deny (default: the stored setting, auto: only while the API listens on loopback alone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --outbound-private mode: %1 (auto, allow or deny)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: sqlite:PATH (default: eventdesk.sqlite3 in the data folder) or postgresql://USER@HOST:PORT/NAME (a shared server, see docs/server.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPalette</name>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You organize this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You take part in this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>ddd, MMM d</source>
        <extracomment>A compact date, QDate format: en &quot;ddd, MMM d&quot; (Sat, Nov 21), es &quot;ddd, d MMM&quot; (sáb, 21 nov), de &quot;ddd, d. MMM&quot; (Sa., 21. Nov.).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd, MMM d, yyyy</source>
        <extracomment>A compact date in another year, QDate format: en &quot;ddd, MMM d, yyyy&quot;, es &quot;ddd, d MMM yyyy&quot;, de &quot;ddd, d. MMM yyyy&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <extracomment>An agenda heading, QDate format: en &quot;dddd, MMMM d&quot; (Saturday, November 21), es &quot;dddd, d &apos;de&apos; MMMM&quot;, de &quot;dddd, d. MMMM&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd, MMMM d, yyyy</source>
        <extracomment>An agenda heading in another year, QDate format: en &quot;dddd, MMMM d, yyyy&quot;, es &quot;dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy&quot;, de &quot;dddd, d. MMMM yyyy&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>The month view&apos;s title, QDate format: en &quot;MMMM yyyy&quot; (November 2026), es &quot;MMMM &apos;de&apos; yyyy&quot;, de &quot;MMMM yyyy&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A day and a time: &quot;Tomorrow, 18:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · All day</source>
        <extracomment>An all-day event: %1 is the day (&quot;Tomorrow&quot;, &quot;Saturday&quot;, &quot;Sat, Nov 21&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>An all-day event over several days: first and last day, both included.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>One day, start and end time: &quot;Tomorrow, 18:00 – 20:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3, %4</source>
        <extracomment>Across days: &quot;Sat, Nov 21, 22:00 – Sun, Nov 22, 02:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Core::AccountRules</name>
    <message>
        <source>Enter your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is too long (at most 254 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may have at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name may have at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::AccountController</name>
    <message>
        <source>&amp;Sign Up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login could not be kept in the system keychain (%1). You will need to log in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out, but the server did not confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved login could not be removed from the system keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Remember me&quot; is off: no system keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved login has expired. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the saved login: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::AccountDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the login in the system keychain until you log out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::ActivityChart</name>
    <message>
        <source>Events per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Chart axis: day and month (d MMM), e.g. &quot;21 Nov&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::ActivityView</name>
    <message>
        <source>Session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show new events as they arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rejected event to see its payload and reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;jected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Newest %Ln event(s) shown; updated %1</source>
        <translation>
            <numerusform>Newest event shown; updated %1</numerusform>
            <numerusform>Newest %Ln events shown; updated %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s); updated %1</source>
        <translation>
            <numerusform>%Ln event; updated %1</numerusform>
            <numerusform>%Ln events; updated %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected event(s); updated %1</source>
        <translation>
            <numerusform>%Ln rejected event; updated %1</numerusform>
            <numerusform>%Ln rejected events; updated %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reasons:
%1

Payload as received:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected event details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <extracomment>A multi-day event in the agenda: &quot;Day 2 of 3&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Badges of an event joined in one line: &quot;Yours · Joined&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>How a screen reader reads an agenda row: time, title, place.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::AppModel</name>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::AppsView</name>
    <message>
        <source>Name of the application, e.g. Web shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications with a key may post analytics events to POST /api/v1/track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this key now: it is shown only once. The application sends it as &apos;Authorization: Bearer &lt;key&gt;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key of %1? The application can no longer post events; what it sent stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::CalendarModel</name>
    <message numerus="yes">
        <source>%1, %n event(s)</source>
        <extracomment>A day cell read out by screen readers: &quot;Saturday, November 21, 2026, 3 events&quot;.</extracomment>
        <translation>
            <numerusform>%1, %n event</numerusform>
            <numerusform>%1, %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::CalendarSubscriptionsView</name>
    <message>
        <source>Subscribe in your calendar app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar apps such as Thunderbird, GNOME Calendar or Outlook can show your own and joined events and keep them up to date. Each address works without a password: give it only to apps you trust, and revoke it when you stop using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Subscription Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Used by a Calendar App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local API is stopped: calendar apps reach these addresses only while it runs. Start it in Settings › Local API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription addresses yet. Make one, then paste it into your calendar app&apos;s “New calendar from the web” or “Subscribe” dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to subscribe to your events in a calendar app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe in Your Calendar App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste one of these addresses into your calendar app: most take the webcal address, some want the http one. Copy it now: you will not see it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webcal address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Subscription Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the address created %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar apps using it stop getting your events at once. This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::CalendarView</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>The week and agenda title: the first and last day shown (&quot;Mon, Nov 16 – Sun, Nov 22&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to create events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An event in the day&apos;s list: %1 time, %2 title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past events are paler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tooltip: the action and its keys, &quot;Previous Month (Alt+Left)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age&amp;nda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::CredentialStore</name>
    <message>
        <source>No keychain service is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::DeliveriesModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::ErrorText</name>
    <message>
        <source>Something went wrong (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection and try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed it in the meantime; it now shows their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it happens again, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::EventDetailPane</name>
    <message>
        <source>Write a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment must not be empty and at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A price range: &quot;€12 – €30&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this event for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter posts the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit c&amp;omment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ithdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from “%1”. Changes at the source appear after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organized by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has joined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n going: %1</source>
        <extracomment>%n people joined; %1 the first names (&quot;3 going: Ann, Ben, Cy&quot;).</extracomment>
        <translation>
            <numerusform>%n going: %1</numerusform>
            <numerusform>%n going: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n going</source>
        <translation>
            <numerusform>%n going</numerusform>
            <numerusform>%n going</numerusform>
        </translation>
    </message>
    <message>
        <source>No description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <extracomment>A comment: author, when (“2 hours ago”), then the text on the next line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to join events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take part in this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has ended and can no longer be joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people joined it. It disappears for them too, with its comments.</source>
        <translation>
            <numerusform>%n person joined it. It disappears for them too, with its comments.</numerusform>
            <numerusform>%n people joined it. It disappears for them too, with its comments.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is deleted with its comments. This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this comment?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::EventDialog</name>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must not be before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1 (%2)</source>
        <extracomment>The time zone the dialog&apos;s times are in: &quot;Times in Europe/Madrid (CET)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a time such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::EventTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::EventTypesEditor</name>
    <message>
        <source>{&quot;fields&quot;: {&quot;host&quot;: {&quot;type&quot;: &quot;string&quot;, &quot;required&quot;: true}}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict: reject events of types without rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed clock skew for future timestamps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules are not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::EventsView</name>
    <message>
        <source>Search events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds events by title and description (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected events to an .ics file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet. Sign in to create one, or import a calendar with File › Import Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet. Create one with New Event (Ctrl+N), or import a calendar with File › Import Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln event to %1.</numerusform>
            <numerusform>Exported %Ln events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the events to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar export is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected events as iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the selected events to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Events as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Events as &amp;iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::FeedDialog</name>
    <message>
        <source>Edit Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… or /path/to/feed.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::FeedsModel</name>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK (not modified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::FeedsView</name>
    <message>
        <source>No feeds yet. Add a feed to import events from a web site or a calendar file, and keep them up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport events from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as i&amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the feeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the feed “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its events stay in the calendar; they are no longer updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the events to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::FirstRunPage</name>
    <message>
        <source>Welcome to Eventdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan events, share them with others and follow the calendars you care about. Start with an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your events, the ones you join and your comments are kept under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an account you already have on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read events from an .ics file, a provider feed or a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse Events Without an Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs on this computer can also read and add events through Eventdesk&apos;s local API once it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs on this computer can also read and add events through the local API at %1 (&lt;a href=&quot;%2&quot;&gt;documentation&lt;/a&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::ImportDialog</name>
    <message>
        <source>Provider XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON API (posts and comments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file or an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds (*.xml *.json *.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file or enter a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file or enter a web address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) read…</source>
        <translation>
            <numerusform>%Ln event read…</numerusform>
            <numerusform>%Ln events read…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln event(s) from “%1”: %2 new, %3 updated, %4 unchanged.</source>
        <extracomment>%1 is the file or address, %2..%4 counts (&quot;30 new, 10 updated, 2 unchanged&quot;)</extracomment>
        <translation>
            <numerusform>Imported %Ln event from “%1”: %2 new, %3 updated, %4 unchanged.</numerusform>
            <numerusform>Imported %Ln events from “%1”: %2 new, %3 updated, %4 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) were skipped. The first reason: %1</source>
        <translation>
            <numerusform>%Ln event was skipped. The reason: %1</numerusform>
            <numerusform>%Ln events were skipped. The first reason: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and changed nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::IntegrationsWindow</name>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs on this computer, such as a web site&apos;s tracker or a script, read and add events through the local API. Each one needs an app key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open API &amp;Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar Apps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eventdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Eventdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide Eventdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Eventdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eventdesk is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders and the local API keep working. Change this in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local API on %1. Programs on this computer can use Eventdesk; see Tools › Integrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local API stopped: %1. Change the port in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local API stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to create events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Eventdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Eventdesk %1&lt;/b&gt;&lt;p&gt;A desktop calendar for the events you share, with a local API for your programs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::MonthDelegate</name>
    <message>
        <source>%1 %2</source>
        <comment>first of month</comment>
        <extracomment>The first day of a month in the month grid: %1 the short month name, %2 the day (&quot;Nov 1&quot;; es &quot;1 nov&quot;, de &quot;1. Nov.&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A timed event in the month grid: %1 the start time, %2 the title (&quot;18:00 Jazz&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::MonthView</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::Reminders</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n minute(s) · %1</source>
        <extracomment>A reminder&apos;s text: &quot;In 15 minutes · 18:00 – 20:30&quot;, then &quot; · &quot; and the place if any.</extracomment>
        <translation>
            <numerusform>In %n minute · %1</numerusform>
            <numerusform>In %n minutes · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: the user&apos;s data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running in the notification area when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders and the local API keep working while the window is closed. Quit from the tray icon or the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API, language and data folder change the next time Eventdesk starts. Command-line options (--port, --bind, --lang, --data-dir) override these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an IP address (for example 127.0.0.1 or ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: other computers on the network will be able to reach the API at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hour before</numerusform>
            <numerusform>%n hours before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;minders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance (applies at once, for every account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: only while the API listens on this computer alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed fetches and webhook deliveries to loopback (127.0.0.1, localhost), link-local and private network addresses. Allowing them lets anyone who may use the API make Eventdesk send requests to services on this computer and on your local network. Automatic allows them only while the API listens on 127.0.0.1 alone, when every API client is on this computer anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbound requests to private addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator to change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such requests are allowed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such requests are refused now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by --outbound-private for this run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::ShownOnceDialog</name>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::SignupDialog</name>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters, not only digits, and not your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this e-mail address already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::TrackedEventModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::TrackingErrorModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::UsersDialog</name>
    <message>
        <source>Users and invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone may sign up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code appears here; it is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up over the API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last administrator. Make another account an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators manage users and invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by --registration for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window may always create accounts; the first account is an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single use, valid until %1. Send it with &quot;invite&quot; in the sign-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::WebhookDialog</name>
    <message>
        <source>Add Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.org/hooks/eventdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What receives it, e.g. Team chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Webhook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::WebhooksModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the receiver answered 410 Gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: failed for 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <extracomment>%1 is the network&apos;s or the dispatcher&apos;s reason, in English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1. Next try at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::WebhooksView</name>
    <message>
        <source>Webhooks tell other services when events change: Eventdesk sends each change to their address, signed with a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Webhook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message to the selected webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Webhook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;edeliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected delivery again, with the same message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks tell other services when events change. Add one with the address that should receive them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to add webhooks: they tell other services when your events change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook to %1 was turned off: the receiver answered 410 Gone (no longer wanted). Resume it in Tools › Integrations › Webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook to %1 was turned off after failing for 24 hours. Check the receiver, then resume it in Tools › Integrations › Webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send changes to this webhook again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending changes to this webhook for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries yet. Send Test to try the receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a webhook to see its deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver checks each message&apos;s signature with this secret. Copy it now: you will not see it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the webhook to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It receives no more changes, and its delivery log is deleted. This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Webhook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eventdesk::Gui::WeekView</name>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A day in the week view&apos;s header: %1 the short day name, %2 the day (&quot;Sat 21&quot;).
----------
A timed event in the week grid: %1 the start time, %2 the title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Imports a provider XML, JSON API or iCalendar feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s format: provider, json or ical (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events&apos; source (default: the format&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar: expand recurring events from this date (default: a year ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar: expand recurring events until this date (default: in two years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file or an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: eventdesk import FILE-or-URL [--format provider|json|ical] [--source S] [--from DATE --to DATE] [--data-dir D]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eventdesk import: --format is provider, json or ical.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eventdesk import: --from and --to are dates (YYYY-MM-DD).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import #%1 failed (%2): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import #%1 (%2, source %3): added %4, updated %5, unchanged %6, skipped %7 in %8 ms (fetch %9 ms)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Copies this SQLite database into an empty PostgreSQL database (docs/server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database: postgresql://USER@HOST:PORT/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database: sqlite:PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: eventdesk migrate --to postgresql://USER@HOST:PORT/NAME [--data-dir D | --database sqlite:PATH]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eventdesk migrate: --to is a PostgreSQL URI (postgresql://USER@HOST:PORT/NAME).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eventdesk migrate: the source is a SQLite database.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 into %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 rows
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eventdesk migrate: %1 Nothing was written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables in %3 ms; every table&apos;s count matches.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackCommand</name>
    <message>
        <source>line %1: rejected: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: rejected: larger than 32 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1-%2: %3 accepted (%4 duplicates), %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1-%2: not delivered: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1-%2: %3; retrying in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total: %1 accepted (%2 duplicates), %3 rejected, %4 not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads events as JSON lines on standard input and posts them to an Eventdesk collector in batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Eventdesk server (default http://127.0.0.1:8085).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app key (eda_...); default: $EVENTDESK_APP_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per request, 1-1000 (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts per batch before giving up (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eventdesk track: give --url, --key (or EVENTDESK_APP_KEY) and --batch 1-1000.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowFactory</name>
    <message>
        <source>&amp;Users and invitations…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>generate</name>
    <message>
        <source>Fills the database with sample users, events and one crowded event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants of the crowded event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eventdesk generate: numbers expected.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eventdesk generate: counts must be &gt;= 0.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 users, %2 events and %3 participants of event %4 in %5 ms (%6).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>eventdesk: unknown command &apos;%1&apos;. See eventdesk --help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display found: starting the API server headless (use --headless to say so).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eventdesk: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the API listens on %1, not only on this machine. Other computers can reach it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eventdesk %1 API listening on %2 (database %3). Press Ctrl+C to stop.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eventdesk stopped.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
