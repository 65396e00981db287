<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="de">
<context>
    <name>DeviceWords</name>
    <message>
        <location filename="../src/device_words.cpp" line="12"/>
        <location filename="../src/device_words.cpp" line="27"/>
        <source>nicht erreichbar</source>
        <translation>nedostupné</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="13"/>
        <source>Papier leer</source>
        <translation>došel papír</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="14"/>
        <source>Papier fast leer</source>
        <translation>málo papíru</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="15"/>
        <source>Drucker angehalten</source>
        <translation>tiskárna zastavena</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="16"/>
        <source>Drucker nimmt nichts an</source>
        <translation>tiskárna nepřijímá úlohy</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="17"/>
        <source>Drucker aus</source>
        <translation>tiskárna vypnuta</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="18"/>
        <source>Papierstau</source>
        <translation>uvíznutý papír</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="19"/>
        <source>Klappe offen</source>
        <translation>otevřený kryt</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="20"/>
        <source>Fehler</source>
        <translation>chyba</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="25"/>
        <source>in Ordnung</source>
        <translation>v pořádku</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="26"/>
        <source>bitte nachsehen</source>
        <translation>potřebuje kontrolu</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="28"/>
        <source>hat sich nie gemeldet</source>
        <translation>nikdy se neohlásilo</translation>
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
        <translation>Vyvolat dalšího</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="17"/>
        <source>Erneut aufrufen</source>
        <translation>Vyvolat znovu</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="18"/>
        <source>Bedienung beginnen</source>
        <translation>Zahájit obsluhu</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="19"/>
        <source>Fertig</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="20"/>
        <source>Fertig – nicht bedient</source>
        <translation>Hotovo – nevyřízeno</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="21"/>
        <source>Nicht erschienen</source>
        <translation>Nedostavil se</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="22"/>
        <source>Parken</source>
        <translation>Odložit</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="23"/>
        <source>Weiterleiten …</source>
        <translation>Předat …</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="24"/>
        <source>Schalter öffnen</source>
        <translation>Otevřít přepážku</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="25"/>
        <source>Schalter schließen</source>
        <translation>Zavřít přepážku</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="26"/>
        <source>Ohne Wartemarke …</source>
        <translation>Bez lístku …</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="27"/>
        <location filename="../src/action_bar.cpp" line="103"/>
        <source>Pause …</source>
        <translation>Přestávka …</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="103"/>
        <source>Pause beenden</source>
        <translation>Ukončit přestávku</translation>
    </message>
</context>
<context>
    <name>civiq::counter::AlarmBanner</name>
    <message>
        <location filename="../src/alarm_banner.cpp" line="30"/>
        <source>Notruf</source>
        <translation>Tísňové volání</translation>
    </message>
    <message>
        <location filename="../src/alarm_banner.cpp" line="32"/>
        <source>Ich komme – quittieren (%1)</source>
        <translation>Jdu tam – potvrdit (%1)</translation>
    </message>
    <message>
        <location filename="../src/alarm_banner.cpp" line="33"/>
        <source>Notruf quittieren</source>
        <translation>Potvrdit tísňové volání</translation>
    </message>
    <message>
        <location filename="../src/alarm_banner.cpp" line="57"/>
        <source>Notruf an diesem Schalter ausgelöst (%1) – die Kolleginnen und Kollegen sind alarmiert.</source>
        <translation>Tísňové volání z této přepážky spuštěno (%1) – kolegyně a kolegové jsou upozorněni.</translation>
    </message>
    <message>
        <location filename="../src/alarm_banner.cpp" line="61"/>
        <source>NOTRUF: %1 braucht Hilfe – ausgelöst von %2 um %3</source>
        <translation>TÍSŇOVÉ VOLÁNÍ: %1 potřebuje pomoc – spustil(a) %2 v %3</translation>
    </message>
</context>
<context>
    <name>civiq::counter::ChoiceDialog</name>
    <message>
        <location filename="../src/choice_dialog.cpp" line="19"/>
        <source>Abbrechen</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>civiq::counter::CounterApp</name>
    <message>
        <location filename="../src/counter_app.cpp" line="45"/>
        <source>Anmeldung fehlgeschlagen: %1</source>
        <translation>Přihlášení se nezdařilo: %1</translation>
    </message>
    <message>
        <location filename="../src/counter_app.cpp" line="91"/>
        <source>Abgemeldet.</source>
        <translation>Odhlášeno.</translation>
    </message>
    <message>
        <location filename="../src/counter_app.cpp" line="94"/>
        <source>Die Sitzung ist abgelaufen. Bitte das Passwort erneut eingeben.</source>
        <translation>Relace vypršela. Zadejte prosím znovu heslo.</translation>
    </message>
    <message>
        <location filename="../src/counter_app.cpp" line="95"/>
        <source>Der Server hat die Sitzung beendet. Bitte erneut anmelden.</source>
        <translation>Server relaci ukončil. Přihlaste se prosím znovu.</translation>
    </message>
</context>
<context>
    <name>civiq::counter::CounterWindow</name>
    <message>
        <location filename="../src/counter_window.cpp" line="39"/>
        <source>Verbindung</source>
        <translation>Spojení</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="56"/>
        <source>Meldung</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="59"/>
        <source>Geräte</source>
        <translation>Zařízení</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="63"/>
        <source>Notruf: %1</source>
        <translation>Tísňové volání: %1</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="64"/>
        <source>Notruf auslösen</source>
        <translation>Spustit tísňové volání</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="67"/>
        <source>Notruf nicht ausgeführt: %1</source>
        <translation>Tísňové volání nebylo spuštěno: %1</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="69"/>
        <source>Notruf: keine Verbindung zum Server, er wird gesendet, sobald sie zurück ist.</source>
        <translation>Tísňové volání: žádné spojení se serverem, odešle se, jakmile se spojení obnoví.</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="128"/>
        <source>Pause</source>
        <translation>Přestávka</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="128"/>
        <source>Der Schalter bleibt Ihrer, ruft aber niemanden auf, bis Sie mit F12 zurück sind.</source>
        <translation>Přepážka zůstává vaše, ale nikoho nevyvolává, dokud se nevrátíte klávesou F12.</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="129"/>
        <source>Grund</source>
        <translation>Důvod</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="129"/>
        <source>Pause beginnen</source>
        <translation>Zahájit přestávku</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="143"/>
        <source>Niemand mehr für die Wartenden</source>
        <translation>Pro čekající nikdo nezůstane</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="144"/>
        <source>Danach ruft kein offener Schalter mehr Wartende einiger Dienste auf. Trotzdem?</source>
        <translation>Potom žádná otevřená přepážka nevyvolá čekající u některých služeb. Přesto pokračovat?</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="146"/>
        <source>Nicht ausgeführt: der Schalter bleibt für die Wartenden da.</source>
        <translation>Neprovedeno: přepážka zůstává pro čekající.</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="152"/>
        <source>Nicht ausgeführt: %1</source>
        <translation>Neprovedeno: %1</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="83"/>
        <source>Niemand wartet auf die Dienste dieses Schalters.</source>
        <translation>Na služby této přepážky nikdo nečeká.</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="85"/>
        <source>civiq – %1</source>
        <translation>civiq – %1</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="96"/>
        <source>Abgemeldet: bitte erneut anmelden.</source>
        <translation>Odhlášeno: přihlaste se prosím znovu.</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="98"/>
        <source>Keine Verbindung zum Server – Aktionen sind gesperrt, es wird neu verbunden …</source>
        <translation>Žádné spojení se serverem – akce jsou zablokovány, probíhá opětovné připojení …</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="105"/>
        <source>%1 wartend · längste Wartezeit %2</source>
        <translation>%1 čekajících · nejdelší čekání %2</translation>
    </message>
</context>
<context>
    <name>civiq::counter::QueuePanel</name>
    <message>
        <location filename="../src/queue_panel.cpp" line="31"/>
        <source>geparkt</source>
        <translation>odložen</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="32"/>
        <source>nicht erschienen</source>
        <translation>nedostavil se</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="33"/>
        <source>noch nicht da</source>
        <translation>ještě nepřišel</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="34"/>
        <source>verspätet</source>
        <translation>opožděn</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="35"/>
        <source>eingecheckt</source>
        <translation>odbaven</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="36"/>
        <source>storniert</source>
        <translation>zrušen</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="65"/>
        <location filename="../src/queue_panel.cpp" line="75"/>
        <source>Nummer</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="66"/>
        <location filename="../src/queue_panel.cpp" line="77"/>
        <source>Dienst</source>
        <translation>Služba</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="68"/>
        <source>Gewartet</source>
        <translation>Čekal</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="69"/>
        <source>Noch etwa</source>
        <translation>Ještě asi</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="71"/>
        <source>Termin</source>
        <translation>Termín</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="72"/>
        <source>Vorrang</source>
        <translation>Přednost</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="73"/>
        <source>ja</source>
        <translation>ano</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="74"/>
        <source>Notiz</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="76"/>
        <location filename="../src/queue_panel.cpp" line="86"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="79"/>
        <source>Schalter</source>
        <translation>Přepážka</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="82"/>
        <source>Zeit</source>
        <translation>Čas</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="84"/>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="85"/>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="87"/>
        <source>Ticket</source>
        <translation>Lístek</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="88"/>
        <source>Gerät</source>
        <translation>Zařízení</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="89"/>
        <source>Zustand</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="91"/>
        <source>Was ist</source>
        <translation>Co se děje</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="93"/>
        <source>Papier</source>
        <translation>Papír</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="95"/>
        <source>≈ %1 Tickets</source>
        <translation>≈ %1 lístků</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="97"/>
        <source>Fehler</source>
        <translation>chyba</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="98"/>
        <source>Version</source>
        <translation>Verze</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="108"/>
        <source>Wartende</source>
        <translation>Čekající</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="109"/>
        <source>Geparkt und nicht erschienen</source>
        <translation>Odložení a nedostavivší se</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="110"/>
        <source>Termine heute</source>
        <translation>Dnešní termíny</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="111"/>
        <source>&amp;Wartend</source>
        <translation>Č&amp;ekající</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="112"/>
        <source>&amp;Geparkt / nicht erschienen</source>
        <translation>&amp;Odložení / nedostavili se</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="113"/>
        <source>T&amp;ermine heute</source>
        <translation>&amp;Dnešní termíny</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="114"/>
        <source>Kiosks und Anzeigen</source>
        <translation>Kiosky a displeje</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="155"/>
        <source>Ge&amp;räte</source>
        <translation>&amp;Zařízení</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="155"/>
        <source>Ge&amp;räte (%1 ⚠)</source>
        <translation>&amp;Zařízení (%1 ⚠)</translation>
    </message>
</context>
<context>
    <name>civiq::counter::ServiceDirectory</name>
    <message>
        <location filename="../src/service_directory.cpp" line="34"/>
        <source>Dienst %1</source>
        <translation>Služba %1</translation>
    </message>
</context>
<context>
    <name>civiq::counter::SignInDialog</name>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="20"/>
        <source>&amp;Anmelden</source>
        <translation>&amp;Přihlásit</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="21"/>
        <source>civiq – Anmeldung am Schalter</source>
        <translation>civiq – přihlášení u přepážky</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="27"/>
        <source>Meldung</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="34"/>
        <source>&amp;Benutzer:</source>
        <translation>&amp;Uživatel:</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="35"/>
        <source>&amp;Passwort:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="36"/>
        <source>&amp;Schalter:</source>
        <translation>Př&amp;epážka:</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="63"/>
        <source>Bitte Benutzer und Passwort eingeben.</source>
        <translation>Zadejte prosím uživatele a heslo.</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="66"/>
        <source>Anmeldung läuft …</source>
        <translation>Přihlašování …</translation>
    </message>
</context>
<context>
    <name>civiq::counter::TicketPanel</name>
    <message>
        <location filename="../src/ticket_panel.cpp" line="48"/>
        <source>Notiz der Weiterleitung</source>
        <translation>Poznámka k předání</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="50"/>
        <source>Aktuelle Nummer</source>
        <translation>Aktuální číslo</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="60"/>
        <source>Verbinde …</source>
        <translation>Připojování …</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="62"/>
        <source>Schalter geschlossen</source>
        <translation>Přepážka zavřena</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="64"/>
        <source>Schalter ist bei %1 angemeldet</source>
        <translation>U přepážky je přihlášen(a) %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="66"/>
        <source>Niemand aufgerufen</source>
        <translation>Nikdo nevyvolán</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="68"/>
        <source>Pause – ruft niemanden auf</source>
        <translation>Přestávka – nikdo není vyvoláván</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="70"/>
        <source>Aufgerufen</source>
        <translation>Vyvolán</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="72"/>
        <source>In Bedienung</source>
        <translation>Obsluhován</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="84"/>
        <source>Notiz: %1</source>
        <translation>Poznámka: %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="89"/>
        <source>Termin %1</source>
        <translation>Termín %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="90"/>
        <source>Vorrang</source>
        <translation>Přednost</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="91"/>
        <source>gewartet: %1</source>
        <translation>čekal: %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="92"/>
        <source>%1-mal erneut aufgerufen</source>
        <translation>znovu vyvolán %1×</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="96"/>
        <source>seit %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="106"/>
        <source>Dienst %1 von %2</source>
        <translation>Služba %1 z %2</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="109"/>
        <source> · danach: %1</source>
        <translation> · poté: %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="118"/>
        <source>Erneut aufrufen in %1 s</source>
        <translation>Znovu vyvolat za %1 s</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="120"/>
        <source>Erneut aufrufen möglich</source>
        <translation>Lze znovu vyvolat</translation>
    </message>
</context>
<context>
    <name>civiq::counter::TransferDialog</name>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="16"/>
        <location filename="../src/transfer_dialog.cpp" line="33"/>
        <source>Weiterleiten</source>
        <translation>Předat</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="23"/>
        <source>nächster freier Schalter</source>
        <translation>nejbližší volná přepážka</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="29"/>
        <source>z. B. Ausweis geprüft, Meldebescheinigung fehlt</source>
        <translation>např. průkaz ověřen, chybí potvrzení o pobytu</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="30"/>
        <source>Notiz für den nächsten Schalter</source>
        <translation>Poznámka pro další přepážku</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="34"/>
        <source>Abbrechen</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="40"/>
        <source>&amp;Dienst:</source>
        <translation>&amp;Služba:</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="41"/>
        <source>&amp;Schalter:</source>
        <translation>Př&amp;epážka:</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="42"/>
        <source>&amp;Notiz:</source>
        <translation>&amp;Poznámka:</translation>
    </message>
</context>
<context>
    <name>civiq::counter::WalkInDialog</name>
    <message>
        <location filename="../src/walk_in_dialog.cpp" line="11"/>
        <source>Ohne Wartemarke</source>
        <translation>Bez lístku</translation>
    </message>
    <message>
        <location filename="../src/walk_in_dialog.cpp" line="14"/>
        <source>Anliegen</source>
        <translation>Záležitost</translation>
    </message>
    <message>
        <location filename="../src/walk_in_dialog.cpp" line="14"/>
        <source>Ticket ziehen und aufrufen</source>
        <translation>Vydat lístek a vyvolat</translation>
    </message>
    <message>
        <location filename="../src/walk_in_dialog.cpp" line="12"/>
        <source>Die Bürgerin oder der Bürger ist ohne Wartemarke direkt zu Ihnen gekommen. Wählen Sie das Anliegen: civiq zieht eine Nummer und ruft sie an diesem Schalter auf.</source>
        <translation>Občan přišel přímo k vám bez lístku. Zvolte záležitost: civiq vydá číslo a vyvolá ho u této přepážky.</translation>
    </message>
</context>
</TS>
