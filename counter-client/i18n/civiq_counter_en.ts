<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>DeviceWords</name>
    <message>
        <location filename="../src/device_words.cpp" line="12"/>
        <location filename="../src/device_words.cpp" line="27"/>
        <source>nicht erreichbar</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="13"/>
        <source>Papier leer</source>
        <translation>paper out</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="14"/>
        <source>Papier fast leer</source>
        <translation>paper low</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="15"/>
        <source>Drucker angehalten</source>
        <translation>printer stopped</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="16"/>
        <source>Drucker nimmt nichts an</source>
        <translation>printer refuses jobs</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="17"/>
        <source>Drucker aus</source>
        <translation>printer offline</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="18"/>
        <source>Papierstau</source>
        <translation>paper jam</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="19"/>
        <source>Klappe offen</source>
        <translation>cover open</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="20"/>
        <source>Fehler</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="25"/>
        <source>in Ordnung</source>
        <translation>fine</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="26"/>
        <source>bitte nachsehen</source>
        <translation>needs a look</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="28"/>
        <source>hat sich nie gemeldet</source>
        <translation>never reported</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/role_columns_model.cpp" line="67"/>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <location filename="../src/role_columns_model.cpp" line="68"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../src/role_columns_model.cpp" line="69"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>civiq::counter::ActionBar</name>
    <message>
        <location filename="../src/action_bar.cpp" line="16"/>
        <source>Nächste aufrufen</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="17"/>
        <source>Erneut aufrufen</source>
        <translation>Call again</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="18"/>
        <source>Bedienung beginnen</source>
        <translation>Start serving</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="19"/>
        <source>Fertig</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="20"/>
        <source>Fertig – nicht bedient</source>
        <translation>Done – not served</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="21"/>
        <source>Nicht erschienen</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="22"/>
        <source>Parken</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="23"/>
        <source>Weiterleiten …</source>
        <translation>Transfer …</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="24"/>
        <source>Schalter öffnen</source>
        <translation>Open counter</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="25"/>
        <source>Schalter schließen</source>
        <translation>Close counter</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="26"/>
        <source>Ohne Wartemarke …</source>
        <translation>Without a ticket …</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="27"/>
        <location filename="../src/action_bar.cpp" line="103"/>
        <source>Pause …</source>
        <translation>Break …</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="103"/>
        <source>Pause beenden</source>
        <translation>End break</translation>
    </message>
</context>
<context>
    <name>civiq::counter::AlarmBanner</name>
    <message>
        <location filename="../src/alarm_banner.cpp" line="30"/>
        <source>Notruf</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../src/alarm_banner.cpp" line="32"/>
        <source>Ich komme – quittieren (%1)</source>
        <translation>I am coming – acknowledge (%1)</translation>
    </message>
    <message>
        <location filename="../src/alarm_banner.cpp" line="33"/>
        <source>Notruf quittieren</source>
        <translation>Acknowledge emergency</translation>
    </message>
    <message>
        <location filename="../src/alarm_banner.cpp" line="57"/>
        <source>Notruf an diesem Schalter ausgelöst (%1) – die Kolleginnen und Kollegen sind alarmiert.</source>
        <translation>Emergency raised at this counter (%1) – your colleagues have been alerted.</translation>
    </message>
    <message>
        <location filename="../src/alarm_banner.cpp" line="61"/>
        <source>NOTRUF: %1 braucht Hilfe – ausgelöst von %2 um %3</source>
        <translation>EMERGENCY: %1 needs help – raised by %2 at %3</translation>
    </message>
</context>
<context>
    <name>civiq::counter::ChoiceDialog</name>
    <message>
        <location filename="../src/choice_dialog.cpp" line="19"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>civiq::counter::CounterApp</name>
    <message>
        <location filename="../src/counter_app.cpp" line="45"/>
        <source>Anmeldung fehlgeschlagen: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <location filename="../src/counter_app.cpp" line="91"/>
        <source>Abgemeldet.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <location filename="../src/counter_app.cpp" line="94"/>
        <source>Die Sitzung ist abgelaufen. Bitte das Passwort erneut eingeben.</source>
        <translation>The session has expired. Please enter the password again.</translation>
    </message>
    <message>
        <location filename="../src/counter_app.cpp" line="95"/>
        <source>Der Server hat die Sitzung beendet. Bitte erneut anmelden.</source>
        <translation>The server ended the session. Please sign in again.</translation>
    </message>
</context>
<context>
    <name>civiq::counter::CounterWindow</name>
    <message>
        <location filename="../src/counter_window.cpp" line="39"/>
        <source>Verbindung</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="56"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="59"/>
        <source>Geräte</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="63"/>
        <source>Notruf: %1</source>
        <translation>Emergency: %1</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="64"/>
        <source>Notruf auslösen</source>
        <translation>Raise emergency</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="67"/>
        <source>Notruf nicht ausgeführt: %1</source>
        <translation>Emergency not raised: %1</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="69"/>
        <source>Notruf: keine Verbindung zum Server, er wird gesendet, sobald sie zurück ist.</source>
        <translation>Emergency: no connection to the server, it will be sent as soon as it is back.</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="128"/>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="128"/>
        <source>Der Schalter bleibt Ihrer, ruft aber niemanden auf, bis Sie mit F12 zurück sind.</source>
        <translation>The counter stays yours but calls nobody until you are back with F12.</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="129"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="129"/>
        <source>Pause beginnen</source>
        <translation>Start break</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="143"/>
        <source>Niemand mehr für die Wartenden</source>
        <translation>Nobody left for those waiting</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="144"/>
        <source>Danach ruft kein offener Schalter mehr Wartende einiger Dienste auf. Trotzdem?</source>
        <translation>Then no open counter will call those waiting for some services. Go ahead anyway?</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="146"/>
        <source>Nicht ausgeführt: der Schalter bleibt für die Wartenden da.</source>
        <translation>Not done: the counter stays there for those waiting.</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="152"/>
        <source>Nicht ausgeführt: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="83"/>
        <source>Niemand wartet auf die Dienste dieses Schalters.</source>
        <translation>Nobody is waiting for this counter&apos;s services.</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="85"/>
        <source>civiq – %1</source>
        <translation>civiq – %1</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="96"/>
        <source>Abgemeldet: bitte erneut anmelden.</source>
        <translation>Signed out: please sign in again.</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="98"/>
        <source>Keine Verbindung zum Server – Aktionen sind gesperrt, es wird neu verbunden …</source>
        <translation>No connection to the server – actions are locked, reconnecting …</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="105"/>
        <source>%1 wartend · längste Wartezeit %2</source>
        <translation>%1 waiting · longest wait %2</translation>
    </message>
</context>
<context>
    <name>civiq::counter::QueuePanel</name>
    <message>
        <location filename="../src/queue_panel.cpp" line="31"/>
        <source>geparkt</source>
        <translation>parked</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="32"/>
        <source>nicht erschienen</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="33"/>
        <source>noch nicht da</source>
        <translation>not here yet</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="34"/>
        <source>verspätet</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="35"/>
        <source>eingecheckt</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="36"/>
        <source>storniert</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="65"/>
        <location filename="../src/queue_panel.cpp" line="75"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="66"/>
        <location filename="../src/queue_panel.cpp" line="77"/>
        <source>Dienst</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="68"/>
        <source>Gewartet</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="69"/>
        <source>Noch etwa</source>
        <translation>Still about</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="71"/>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="72"/>
        <source>Vorrang</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="73"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="74"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="76"/>
        <location filename="../src/queue_panel.cpp" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="79"/>
        <source>Schalter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="82"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="84"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="85"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="87"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="88"/>
        <source>Gerät</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="89"/>
        <source>Zustand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="91"/>
        <source>Was ist</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="93"/>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="95"/>
        <source>≈ %1 Tickets</source>
        <translation>≈ %1 tickets</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="97"/>
        <source>Fehler</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="98"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="108"/>
        <source>Wartende</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="109"/>
        <source>Geparkt und nicht erschienen</source>
        <translation>Parked and no-show</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="110"/>
        <source>Termine heute</source>
        <translation>Appointments today</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="111"/>
        <source>&amp;Wartend</source>
        <translation>&amp;Waiting</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="112"/>
        <source>&amp;Geparkt / nicht erschienen</source>
        <translation>&amp;Parked / no-show</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="113"/>
        <source>T&amp;ermine heute</source>
        <translation>&amp;Appointments today</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="114"/>
        <source>Kiosks und Anzeigen</source>
        <translation>Kiosks and displays</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="155"/>
        <source>Ge&amp;räte</source>
        <translation>De&amp;vices</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="155"/>
        <source>Ge&amp;räte (%1 ⚠)</source>
        <translation>De&amp;vices (%1 ⚠)</translation>
    </message>
</context>
<context>
    <name>civiq::counter::ServiceDirectory</name>
    <message>
        <location filename="../src/service_directory.cpp" line="34"/>
        <source>Dienst %1</source>
        <translation>Service %1</translation>
    </message>
</context>
<context>
    <name>civiq::counter::SignInDialog</name>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="20"/>
        <source>&amp;Anmelden</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="21"/>
        <source>civiq – Anmeldung am Schalter</source>
        <translation>civiq – counter sign-in</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="27"/>
        <source>Meldung</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="34"/>
        <source>&amp;Benutzer:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="35"/>
        <source>&amp;Passwort:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="36"/>
        <source>&amp;Schalter:</source>
        <translation>&amp;Counter:</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="63"/>
        <source>Bitte Benutzer und Passwort eingeben.</source>
        <translation>Please enter user and password.</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="66"/>
        <source>Anmeldung läuft …</source>
        <translation>Signing in …</translation>
    </message>
</context>
<context>
    <name>civiq::counter::TicketPanel</name>
    <message>
        <location filename="../src/ticket_panel.cpp" line="48"/>
        <source>Notiz der Weiterleitung</source>
        <translation>Transfer note</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="50"/>
        <source>Aktuelle Nummer</source>
        <translation>Current number</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="60"/>
        <source>Verbinde …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="62"/>
        <source>Schalter geschlossen</source>
        <translation>Counter closed</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="64"/>
        <source>Schalter ist bei %1 angemeldet</source>
        <translation>Counter is signed in for %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="66"/>
        <source>Niemand aufgerufen</source>
        <translation>Nobody called</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="68"/>
        <source>Pause – ruft niemanden auf</source>
        <translation>On a break – calling nobody</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="70"/>
        <source>Aufgerufen</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="72"/>
        <source>In Bedienung</source>
        <translation>Serving</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="84"/>
        <source>Notiz: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="89"/>
        <source>Termin %1</source>
        <translation>Appointment %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="90"/>
        <source>Vorrang</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="91"/>
        <source>gewartet: %1</source>
        <translation>waited: %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="92"/>
        <source>%1-mal erneut aufgerufen</source>
        <translation>called again %1 times</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="96"/>
        <source>seit %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="106"/>
        <source>Dienst %1 von %2</source>
        <translation>Service %1 of %2</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="109"/>
        <source> · danach: %1</source>
        <translation> · then: %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="118"/>
        <source>Erneut aufrufen in %1 s</source>
        <translation>Call again in %1 s</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="120"/>
        <source>Erneut aufrufen möglich</source>
        <translation>Can be called again</translation>
    </message>
</context>
<context>
    <name>civiq::counter::TransferDialog</name>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="16"/>
        <location filename="../src/transfer_dialog.cpp" line="33"/>
        <source>Weiterleiten</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="23"/>
        <source>nächster freier Schalter</source>
        <translation>next free counter</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="29"/>
        <source>z. B. Ausweis geprüft, Meldebescheinigung fehlt</source>
        <translation>e.g. ID checked, registration certificate missing</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="30"/>
        <source>Notiz für den nächsten Schalter</source>
        <translation>Note for the next counter</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="34"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="40"/>
        <source>&amp;Dienst:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="41"/>
        <source>&amp;Schalter:</source>
        <translation>&amp;Counter:</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="42"/>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>civiq::counter::WalkInDialog</name>
    <message>
        <location filename="../src/walk_in_dialog.cpp" line="11"/>
        <source>Ohne Wartemarke</source>
        <translation>Without a ticket</translation>
    </message>
    <message>
        <location filename="../src/walk_in_dialog.cpp" line="14"/>
        <source>Anliegen</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../src/walk_in_dialog.cpp" line="14"/>
        <source>Ticket ziehen und aufrufen</source>
        <translation>Draw a ticket and call it</translation>
    </message>
    <message>
        <location filename="../src/walk_in_dialog.cpp" line="12"/>
        <source>Die Bürgerin oder der Bürger ist ohne Wartemarke direkt zu Ihnen gekommen. Wählen Sie das Anliegen: civiq zieht eine Nummer und ruft sie an diesem Schalter auf.</source>
        <translation>The citizen came straight to you without a ticket. Choose the service: civiq draws a number and calls it at this counter.</translation>
    </message>
</context>
</TS>
