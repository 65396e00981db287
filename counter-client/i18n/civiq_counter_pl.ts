<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="de">
<context>
    <name>DeviceWords</name>
    <message>
        <location filename="../src/device_words.cpp" line="12"/>
        <location filename="../src/device_words.cpp" line="27"/>
        <source>nicht erreichbar</source>
        <translation>nieosiągalny</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="13"/>
        <source>Papier leer</source>
        <translation>brak papieru</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="14"/>
        <source>Papier fast leer</source>
        <translation>mało papieru</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="15"/>
        <source>Drucker angehalten</source>
        <translation>drukarka zatrzymana</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="16"/>
        <source>Drucker nimmt nichts an</source>
        <translation>drukarka nie przyjmuje zadań</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="17"/>
        <source>Drucker aus</source>
        <translation>drukarka wyłączona</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="18"/>
        <source>Papierstau</source>
        <translation>zacięcie papieru</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="19"/>
        <source>Klappe offen</source>
        <translation>otwarta pokrywa</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="20"/>
        <source>Fehler</source>
        <translation>błąd</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="25"/>
        <source>in Ordnung</source>
        <translation>w porządku</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="26"/>
        <source>bitte nachsehen</source>
        <translation>wymaga sprawdzenia</translation>
    </message>
    <message>
        <location filename="../src/device_words.cpp" line="28"/>
        <source>hat sich nie gemeldet</source>
        <translation>nigdy się nie zgłosił</translation>
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
        <translation>%1 godz. %2 min</translation>
    </message>
</context>
<context>
    <name>civiq::counter::ActionBar</name>
    <message>
        <location filename="../src/action_bar.cpp" line="16"/>
        <source>Nächste aufrufen</source>
        <translation>Wywołaj następny</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="17"/>
        <source>Erneut aufrufen</source>
        <translation>Wywołaj ponownie</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="18"/>
        <source>Bedienung beginnen</source>
        <translation>Rozpocznij obsługę</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="19"/>
        <source>Fertig</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="20"/>
        <source>Fertig – nicht bedient</source>
        <translation>Gotowe – nie obsłużono</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="21"/>
        <source>Nicht erschienen</source>
        <translation>Nie stawił się</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="22"/>
        <source>Parken</source>
        <translation>Odłóż</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="23"/>
        <source>Weiterleiten …</source>
        <translation>Przekaż …</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="24"/>
        <source>Schalter öffnen</source>
        <translation>Otwórz stanowisko</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="25"/>
        <source>Schalter schließen</source>
        <translation>Zamknij stanowisko</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="26"/>
        <source>Ohne Wartemarke …</source>
        <translation>Bez biletu …</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="27"/>
        <location filename="../src/action_bar.cpp" line="103"/>
        <source>Pause …</source>
        <translation>Przerwa …</translation>
    </message>
    <message>
        <location filename="../src/action_bar.cpp" line="103"/>
        <source>Pause beenden</source>
        <translation>Zakończ przerwę</translation>
    </message>
</context>
<context>
    <name>civiq::counter::AlarmBanner</name>
    <message>
        <location filename="../src/alarm_banner.cpp" line="30"/>
        <source>Notruf</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../src/alarm_banner.cpp" line="32"/>
        <source>Ich komme – quittieren (%1)</source>
        <translation>Idę – potwierdź (%1)</translation>
    </message>
    <message>
        <location filename="../src/alarm_banner.cpp" line="33"/>
        <source>Notruf quittieren</source>
        <translation>Potwierdź alarm</translation>
    </message>
    <message>
        <location filename="../src/alarm_banner.cpp" line="57"/>
        <source>Notruf an diesem Schalter ausgelöst (%1) – die Kolleginnen und Kollegen sind alarmiert.</source>
        <translation>Alarm na tym stanowisku włączony (%1) – koleżanki i koledzy zostali powiadomieni.</translation>
    </message>
    <message>
        <location filename="../src/alarm_banner.cpp" line="61"/>
        <source>NOTRUF: %1 braucht Hilfe – ausgelöst von %2 um %3</source>
        <translation>ALARM: %1 potrzebuje pomocy – włączył(a) %2 o %3</translation>
    </message>
</context>
<context>
    <name>civiq::counter::ChoiceDialog</name>
    <message>
        <location filename="../src/choice_dialog.cpp" line="19"/>
        <source>Abbrechen</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>civiq::counter::CounterApp</name>
    <message>
        <location filename="../src/counter_app.cpp" line="45"/>
        <source>Anmeldung fehlgeschlagen: %1</source>
        <translation>Logowanie nie powiodło się: %1</translation>
    </message>
    <message>
        <location filename="../src/counter_app.cpp" line="91"/>
        <source>Abgemeldet.</source>
        <translation>Wylogowano.</translation>
    </message>
    <message>
        <location filename="../src/counter_app.cpp" line="94"/>
        <source>Die Sitzung ist abgelaufen. Bitte das Passwort erneut eingeben.</source>
        <translation>Sesja wygasła. Proszę ponownie podać hasło.</translation>
    </message>
    <message>
        <location filename="../src/counter_app.cpp" line="95"/>
        <source>Der Server hat die Sitzung beendet. Bitte erneut anmelden.</source>
        <translation>Serwer zakończył sesję. Proszę zalogować się ponownie.</translation>
    </message>
</context>
<context>
    <name>civiq::counter::CounterWindow</name>
    <message>
        <location filename="../src/counter_window.cpp" line="39"/>
        <source>Verbindung</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="56"/>
        <source>Meldung</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="59"/>
        <source>Geräte</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="63"/>
        <source>Notruf: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="64"/>
        <source>Notruf auslösen</source>
        <translation>Włącz alarm</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="67"/>
        <source>Notruf nicht ausgeführt: %1</source>
        <translation>Alarm nie został włączony: %1</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="69"/>
        <source>Notruf: keine Verbindung zum Server, er wird gesendet, sobald sie zurück ist.</source>
        <translation>Alarm: brak połączenia z serwerem, zostanie wysłany, gdy połączenie wróci.</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="128"/>
        <source>Pause</source>
        <translation>Przerwa</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="128"/>
        <source>Der Schalter bleibt Ihrer, ruft aber niemanden auf, bis Sie mit F12 zurück sind.</source>
        <translation>Stanowisko pozostaje Pana/Pani, ale nikogo nie wywołuje, dopóki nie wróci Pan/Pani klawiszem F12.</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="129"/>
        <source>Grund</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="129"/>
        <source>Pause beginnen</source>
        <translation>Rozpocznij przerwę</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="143"/>
        <source>Niemand mehr für die Wartenden</source>
        <translation>Nikt nie zostanie dla oczekujących</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="144"/>
        <source>Danach ruft kein offener Schalter mehr Wartende einiger Dienste auf. Trotzdem?</source>
        <translation>Wtedy żadne otwarte stanowisko nie wywoła oczekujących na niektóre usługi. Mimo to kontynuować?</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="146"/>
        <source>Nicht ausgeführt: der Schalter bleibt für die Wartenden da.</source>
        <translation>Nie wykonano: stanowisko pozostaje dla oczekujących.</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="152"/>
        <source>Nicht ausgeführt: %1</source>
        <translation>Nie wykonano: %1</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="83"/>
        <source>Niemand wartet auf die Dienste dieses Schalters.</source>
        <translation>Nikt nie czeka na usługi tego stanowiska.</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="85"/>
        <source>civiq – %1</source>
        <translation>civiq – %1</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="96"/>
        <source>Abgemeldet: bitte erneut anmelden.</source>
        <translation>Wylogowano: proszę zalogować się ponownie.</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="98"/>
        <source>Keine Verbindung zum Server – Aktionen sind gesperrt, es wird neu verbunden …</source>
        <translation>Brak połączenia z serwerem – działania są zablokowane, trwa ponowne łączenie …</translation>
    </message>
    <message>
        <location filename="../src/counter_window.cpp" line="105"/>
        <source>%1 wartend · längste Wartezeit %2</source>
        <translation>%1 oczekujących · najdłuższe oczekiwanie %2</translation>
    </message>
</context>
<context>
    <name>civiq::counter::QueuePanel</name>
    <message>
        <location filename="../src/queue_panel.cpp" line="31"/>
        <source>geparkt</source>
        <translation>odłożony</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="32"/>
        <source>nicht erschienen</source>
        <translation>nie stawił się</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="33"/>
        <source>noch nicht da</source>
        <translation>jeszcze nie przybył</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="34"/>
        <source>verspätet</source>
        <translation>spóźniony</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="35"/>
        <source>eingecheckt</source>
        <translation>zgłoszony</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="36"/>
        <source>storniert</source>
        <translation>anulowany</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="65"/>
        <location filename="../src/queue_panel.cpp" line="75"/>
        <source>Nummer</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="66"/>
        <location filename="../src/queue_panel.cpp" line="77"/>
        <source>Dienst</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="68"/>
        <source>Gewartet</source>
        <translation>Czekał</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="69"/>
        <source>Noch etwa</source>
        <translation>Jeszcze ok.</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="71"/>
        <source>Termin</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="72"/>
        <source>Vorrang</source>
        <translation>Pierwszeństwo</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="73"/>
        <source>ja</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="74"/>
        <source>Notiz</source>
        <translation>Notatka</translation>
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
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="82"/>
        <source>Zeit</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="84"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="85"/>
        <source>Name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="87"/>
        <source>Ticket</source>
        <translation>Bilet</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="88"/>
        <source>Gerät</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="89"/>
        <source>Zustand</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="91"/>
        <source>Was ist</source>
        <translation>Co się dzieje</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="93"/>
        <source>Papier</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="95"/>
        <source>≈ %1 Tickets</source>
        <translation>≈ %1 biletów</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="97"/>
        <source>Fehler</source>
        <translation>błąd</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="98"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="108"/>
        <source>Wartende</source>
        <translation>Oczekujący</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="109"/>
        <source>Geparkt und nicht erschienen</source>
        <translation>Odłożeni i nieobecni</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="110"/>
        <source>Termine heute</source>
        <translation>Terminy dziś</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="111"/>
        <source>&amp;Wartend</source>
        <translation>&amp;Oczekujący</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="112"/>
        <source>&amp;Geparkt / nicht erschienen</source>
        <translation>Odłożeni / &amp;nieobecni</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="113"/>
        <source>T&amp;ermine heute</source>
        <translation>&amp;Terminy dziś</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="114"/>
        <source>Kiosks und Anzeigen</source>
        <translation>Kioski i wyświetlacze</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="155"/>
        <source>Ge&amp;räte</source>
        <translation>&amp;Urządzenia</translation>
    </message>
    <message>
        <location filename="../src/queue_panel.cpp" line="155"/>
        <source>Ge&amp;räte (%1 ⚠)</source>
        <translation>&amp;Urządzenia (%1 ⚠)</translation>
    </message>
</context>
<context>
    <name>civiq::counter::ServiceDirectory</name>
    <message>
        <location filename="../src/service_directory.cpp" line="34"/>
        <source>Dienst %1</source>
        <translation>Usługa %1</translation>
    </message>
</context>
<context>
    <name>civiq::counter::SignInDialog</name>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="20"/>
        <source>&amp;Anmelden</source>
        <translation>&amp;Zaloguj</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="21"/>
        <source>civiq – Anmeldung am Schalter</source>
        <translation>civiq – logowanie na stanowisku</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="27"/>
        <source>Meldung</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="34"/>
        <source>&amp;Benutzer:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="35"/>
        <source>&amp;Passwort:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="36"/>
        <source>&amp;Schalter:</source>
        <translation>&amp;Stanowisko:</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="63"/>
        <source>Bitte Benutzer und Passwort eingeben.</source>
        <translation>Proszę podać użytkownika i hasło.</translation>
    </message>
    <message>
        <location filename="../src/sign_in_dialog.cpp" line="66"/>
        <source>Anmeldung läuft …</source>
        <translation>Logowanie …</translation>
    </message>
</context>
<context>
    <name>civiq::counter::TicketPanel</name>
    <message>
        <location filename="../src/ticket_panel.cpp" line="48"/>
        <source>Notiz der Weiterleitung</source>
        <translation>Notatka do przekazania</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="50"/>
        <source>Aktuelle Nummer</source>
        <translation>Bieżący numer</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="60"/>
        <source>Verbinde …</source>
        <translation>Łączenie …</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="62"/>
        <source>Schalter geschlossen</source>
        <translation>Stanowisko zamknięte</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="64"/>
        <source>Schalter ist bei %1 angemeldet</source>
        <translation>Na stanowisku zalogowany(-a) jest %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="66"/>
        <source>Niemand aufgerufen</source>
        <translation>Nikt nie został wywołany</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="68"/>
        <source>Pause – ruft niemanden auf</source>
        <translation>Przerwa – nikt nie jest wywoływany</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="70"/>
        <source>Aufgerufen</source>
        <translation>Wywołany</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="72"/>
        <source>In Bedienung</source>
        <translation>W obsłudze</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="84"/>
        <source>Notiz: %1</source>
        <translation>Notatka: %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="89"/>
        <source>Termin %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="90"/>
        <source>Vorrang</source>
        <translation>Pierwszeństwo</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="91"/>
        <source>gewartet: %1</source>
        <translation>czekał: %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="92"/>
        <source>%1-mal erneut aufgerufen</source>
        <translation>wywołany ponownie %1 raz(y)</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="96"/>
        <source>seit %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="106"/>
        <source>Dienst %1 von %2</source>
        <translation>Usługa %1 z %2</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="109"/>
        <source> · danach: %1</source>
        <translation> · potem: %1</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="118"/>
        <source>Erneut aufrufen in %1 s</source>
        <translation>Ponowne wywołanie za %1 s</translation>
    </message>
    <message>
        <location filename="../src/ticket_panel.cpp" line="120"/>
        <source>Erneut aufrufen möglich</source>
        <translation>Można wywołać ponownie</translation>
    </message>
</context>
<context>
    <name>civiq::counter::TransferDialog</name>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="16"/>
        <location filename="../src/transfer_dialog.cpp" line="33"/>
        <source>Weiterleiten</source>
        <translation>Przekaż</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="23"/>
        <source>nächster freier Schalter</source>
        <translation>następne wolne stanowisko</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="29"/>
        <source>z. B. Ausweis geprüft, Meldebescheinigung fehlt</source>
        <translation>np. dowód sprawdzony, brak zaświadczenia o zameldowaniu</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="30"/>
        <source>Notiz für den nächsten Schalter</source>
        <translation>Notatka dla następnego stanowiska</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="34"/>
        <source>Abbrechen</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="40"/>
        <source>&amp;Dienst:</source>
        <translation>&amp;Usługa:</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="41"/>
        <source>&amp;Schalter:</source>
        <translation>&amp;Stanowisko:</translation>
    </message>
    <message>
        <location filename="../src/transfer_dialog.cpp" line="42"/>
        <source>&amp;Notiz:</source>
        <translation>&amp;Notatka:</translation>
    </message>
</context>
<context>
    <name>civiq::counter::WalkInDialog</name>
    <message>
        <location filename="../src/walk_in_dialog.cpp" line="11"/>
        <source>Ohne Wartemarke</source>
        <translation>Bez biletu</translation>
    </message>
    <message>
        <location filename="../src/walk_in_dialog.cpp" line="14"/>
        <source>Anliegen</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location filename="../src/walk_in_dialog.cpp" line="14"/>
        <source>Ticket ziehen und aufrufen</source>
        <translation>Pobierz bilet i wywołaj</translation>
    </message>
    <message>
        <location filename="../src/walk_in_dialog.cpp" line="12"/>
        <source>Die Bürgerin oder der Bürger ist ohne Wartemarke direkt zu Ihnen gekommen. Wählen Sie das Anliegen: civiq zieht eine Nummer und ruft sie an diesem Schalter auf.</source>
        <translation>Obywatel przyszedł bezpośrednio do Pana/Pani bez biletu. Proszę wybrać sprawę: civiq pobierze numer i wywoła go na tym stanowisku.</translation>
    </message>
</context>
</TS>
