<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>CurrentCallPanel</name>
    <message>
        <location filename="../qml/CurrentCallPanel.qml" line="71"/>
        <source>Nicht aktuell</source>
        <extracomment>label above the big number while the server is unreachable</extracomment>
        <translation>Neaktuální</translation>
    </message>
    <message>
        <location filename="../qml/CurrentCallPanel.qml" line="73"/>
        <source>Erneuter Aufruf</source>
        <translation>Opakované vyvolání</translation>
    </message>
    <message>
        <location filename="../qml/CurrentCallPanel.qml" line="73"/>
        <source>Jetzt aufgerufen</source>
        <translation>Nyní vyvoláno</translation>
    </message>
    <message>
        <location filename="../qml/CurrentCallPanel.qml" line="74"/>
        <source>Zuletzt aufgerufen (erneut)</source>
        <translation>Naposledy vyvoláno (znovu)</translation>
    </message>
    <message>
        <location filename="../qml/CurrentCallPanel.qml" line="74"/>
        <source>Zuletzt aufgerufen</source>
        <translation>Naposledy vyvoláno</translation>
    </message>
    <message>
        <location filename="../qml/CurrentCallPanel.qml" line="130"/>
        <source>Herzlich willkommen</source>
        <translation>Vítejte</translation>
    </message>
    <message>
        <location filename="../qml/CurrentCallPanel.qml" line="140"/>
        <source>Bitte behalten Sie diese Anzeige im Blick. Ihre Nummer erscheint hier, sobald Sie an der Reihe sind.</source>
        <translation>Sledujte prosím tuto obrazovku. Vaše číslo se zde zobrazí, jakmile budete na řadě.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="21"/>
        <source>civiq – Aufrufanzeige</source>
        <translation>civiq – vyvolávací tabule</translation>
    </message>
</context>
<context>
    <name>MutedIndicator</name>
    <message>
        <location filename="../qml/MutedIndicator.qml" line="63"/>
        <source>Ton aus</source>
        <extracomment>the announcements are switched off on this display</extracomment>
        <translation>Zvuk vypnut</translation>
    </message>
</context>
<context>
    <name>OfflineNotice</name>
    <message>
        <location filename="../qml/OfflineNotice.qml" line="40"/>
        <source>Verbindung zum Server unterbrochen – seit %1.</source>
        <extracomment>%1 = time of day the connection was lost, e.g. 14:03</extracomment>
        <translation>Spojení se serverem přerušeno – od %1.</translation>
    </message>
    <message>
        <location filename="../qml/OfflineNotice.qml" line="41"/>
        <source>Verbindung zum Server unterbrochen.</source>
        <translation>Spojení se serverem přerušeno.</translation>
    </message>
    <message>
        <location filename="../qml/OfflineNotice.qml" line="52"/>
        <source>Aufrufe werden gerade nicht aktualisiert.</source>
        <translation>Vyvolání se momentálně neaktualizují.</translation>
    </message>
</context>
<context>
    <name>RecallMarker</name>
    <message>
        <location filename="../qml/RecallMarker.qml" line="22"/>
        <source>erneut</source>
        <extracomment>tag of a recalled number in the list of recent calls</extracomment>
        <translation>znovu</translation>
    </message>
</context>
<context>
    <name>RecentCallsList</name>
    <message>
        <location filename="../qml/RecentCallsList.qml" line="27"/>
        <source>Letzte Aufrufe</source>
        <translation>Poslední vyvolání</translation>
    </message>
    <message>
        <location filename="../qml/RecentCallsList.qml" line="28"/>
        <source>nicht aktuell</source>
        <translation>neaktuální</translation>
    </message>
    <message>
        <location filename="../qml/RecentCallsList.qml" line="71"/>
        <source>Noch keine Aufrufe</source>
        <translation>Zatím žádná vyvolání</translation>
    </message>
    <message>
        <location filename="../qml/RecentCallsList.qml" line="71"/>
        <source>Noch keine früheren Aufrufe</source>
        <translation>Zatím žádná dřívější vyvolání</translation>
    </message>
</context>
<context>
    <name>ServiceWaitCell</name>
    <message>
        <location filename="../qml/ServiceWaitCell.qml" line="27"/>
        <source>keine Wartezeit</source>
        <extracomment>service tile: nobody is waiting for this service</extracomment>
        <translation>bez čekání</translation>
    </message>
    <message>
        <location filename="../qml/ServiceWaitCell.qml" line="30"/>
        <source>–</source>
        <extracomment>service tile: the server has no wait estimate (yet)</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../qml/ServiceWaitCell.qml" line="32"/>
        <source>ca. %1 Min.</source>
        <extracomment>service tile: estimated wait, %1 = whole minutes</extracomment>
        <translation>cca %1 min</translation>
    </message>
    <message>
        <location filename="../qml/ServiceWaitCell.qml" line="98"/>
        <source>%1 wartend</source>
        <extracomment>service tile: %1 = number of people waiting for this service</extracomment>
        <translation>čekajících: %1</translation>
    </message>
</context>
<context>
    <name>ServiceWaitList</name>
    <message>
        <location filename="../qml/ServiceWaitList.qml" line="26"/>
        <source>Wartezeiten</source>
        <translation>Čekací doby</translation>
    </message>
    <message>
        <location filename="../qml/ServiceWaitList.qml" line="28"/>
        <source>Wartende gesamt: %1</source>
        <extracomment>%1 = people waiting in the whole office</extracomment>
        <translation>Celkem čekajících: %1</translation>
    </message>
    <message>
        <location filename="../qml/ServiceWaitList.qml" line="71"/>
        <source>Zurzeit keine Angaben</source>
        <translation>Momentálně bez údajů</translation>
    </message>
</context>
</TS>
