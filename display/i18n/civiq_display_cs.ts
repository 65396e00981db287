<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>CurrentCallPanel</name>
    <message>
        <location filename="../qml/CurrentCallPanel.qml" line="73"/>
        <source>Nicht aktuell</source>
        <extracomment>label above the big number while the server is unreachable</extracomment>
        <translation>Neaktuální</translation>
    </message>
    <message>
        <location filename="../qml/CurrentCallPanel.qml" line="75"/>
        <source>Erneuter Aufruf</source>
        <translation>Opakované vyvolání</translation>
    </message>
    <message>
        <location filename="../qml/CurrentCallPanel.qml" line="75"/>
        <source>Jetzt aufgerufen</source>
        <translation>Nyní vyvoláno</translation>
    </message>
    <message>
        <location filename="../qml/CurrentCallPanel.qml" line="76"/>
        <source>Zuletzt aufgerufen (erneut)</source>
        <translation>Naposledy vyvoláno (znovu)</translation>
    </message>
    <message>
        <location filename="../qml/CurrentCallPanel.qml" line="76"/>
        <source>Zuletzt aufgerufen</source>
        <translation>Naposledy vyvoláno</translation>
    </message>
    <message>
        <location filename="../qml/CurrentCallPanel.qml" line="132"/>
        <source>Herzlich willkommen</source>
        <translation>Vítejte</translation>
    </message>
    <message>
        <location filename="../qml/CurrentCallPanel.qml" line="142"/>
        <source>Bitte behalten Sie diese Anzeige im Blick. Ihre Nummer erscheint hier, sobald Sie an der Reihe sind.</source>
        <translation>Sledujte prosím tuto obrazovku. Vaše číslo se zde zobrazí, jakmile budete na řadě.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="24"/>
        <source>civiq – Aufrufanzeige</source>
        <translation>civiq – vyvolávací tabule</translation>
    </message>
</context>
<context>
    <name>MutedIndicator</name>
    <message>
        <location filename="../qml/MutedIndicator.qml" line="65"/>
        <source>Ton aus</source>
        <extracomment>the announcements are switched off on this display</extracomment>
        <translation>Zvuk vypnut</translation>
    </message>
</context>
<context>
    <name>OfflineNotice</name>
    <message>
        <location filename="../qml/OfflineNotice.qml" line="42"/>
        <source>Verbindung zum Server unterbrochen – seit %1.</source>
        <extracomment>%1 = time of day the connection was lost, e.g. 14:03</extracomment>
        <translation>Spojení se serverem přerušeno – od %1.</translation>
    </message>
    <message>
        <location filename="../qml/OfflineNotice.qml" line="43"/>
        <source>Verbindung zum Server unterbrochen.</source>
        <translation>Spojení se serverem přerušeno.</translation>
    </message>
    <message>
        <location filename="../qml/OfflineNotice.qml" line="54"/>
        <source>Aufrufe werden gerade nicht aktualisiert.</source>
        <translation>Vyvolání se momentálně neaktualizují.</translation>
    </message>
</context>
<context>
    <name>RecallMarker</name>
    <message>
        <location filename="../qml/RecallMarker.qml" line="24"/>
        <source>erneut</source>
        <extracomment>tag of a recalled number in the list of recent calls</extracomment>
        <translation>znovu</translation>
    </message>
</context>
<context>
    <name>RecentCallsList</name>
    <message>
        <location filename="../qml/RecentCallsList.qml" line="29"/>
        <source>Letzte Aufrufe</source>
        <translation>Poslední vyvolání</translation>
    </message>
    <message>
        <location filename="../qml/RecentCallsList.qml" line="30"/>
        <source>nicht aktuell</source>
        <translation>neaktuální</translation>
    </message>
    <message>
        <location filename="../qml/RecentCallsList.qml" line="76"/>
        <source>Noch keine Aufrufe</source>
        <translation>Zatím žádná vyvolání</translation>
    </message>
    <message>
        <location filename="../qml/RecentCallsList.qml" line="76"/>
        <source>Noch keine früheren Aufrufe</source>
        <translation>Zatím žádná dřívější vyvolání</translation>
    </message>
</context>
<context>
    <name>ServiceWaitCell</name>
    <message>
        <location filename="../qml/ServiceWaitCell.qml" line="43"/>
        <source>öffnet %1</source>
        <extracomment>service tile: the office is closed, %1 = when it opens again (&quot;13:00&quot;, &quot;Mo. 08:00&quot;)</extracomment>
        <translation>otevření: %1</translation>
    </message>
    <message>
        <location filename="../qml/ServiceWaitCell.qml" line="45"/>
        <source>Schalter geschlossen</source>
        <extracomment>service tile: no open counter offers this service now, so there is no wait to estimate</extracomment>
        <translation>přepážky zavřené</translation>
    </message>
    <message>
        <location filename="../qml/ServiceWaitCell.qml" line="49"/>
        <source>keine Wartezeit</source>
        <extracomment>service tile: nobody is waiting for this service</extracomment>
        <translation>bez čekání</translation>
    </message>
    <message>
        <location filename="../qml/ServiceWaitCell.qml" line="53"/>
        <source>–</source>
        <extracomment>service tile: the server has no wait estimate (yet)</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../qml/ServiceWaitCell.qml" line="55"/>
        <source>ca. %1 Min.</source>
        <extracomment>service tile: estimated wait from a server without ranges, %1 = whole minutes</extracomment>
        <translation>cca %1 min</translation>
    </message>
    <message>
        <location filename="../qml/ServiceWaitCell.qml" line="60"/>
        <source>bis %1 Min.</source>
        <extracomment>service tile: the wait is at most %1 minutes</extracomment>
        <translation>do %1 min</translation>
    </message>
    <message>
        <location filename="../qml/ServiceWaitCell.qml" line="63"/>
        <source>%1 Min.</source>
        <extracomment>service tile: the wait, %1 = whole minutes (low and high end of the range agree)</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../qml/ServiceWaitCell.qml" line="65"/>
        <source>%1–%2 Min.</source>
        <extracomment>service tile: the range of the wait in whole minutes, e.g. &quot;35–50 Min.&quot;</extracomment>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <location filename="../qml/ServiceWaitCell.qml" line="38"/>
        <source>%1 wartend</source>
        <extracomment>service tile: %1 = number of people waiting for this service</extracomment>
        <translation>čekajících: %1</translation>
    </message>
</context>
<context>
    <name>ServiceWaitList</name>
    <message>
        <location filename="../qml/ServiceWaitList.qml" line="31"/>
        <source>Wartezeiten</source>
        <translation>Čekací doby</translation>
    </message>
    <message>
        <location filename="../qml/ServiceWaitList.qml" line="33"/>
        <source>Wartende gesamt: %1</source>
        <extracomment>%1 = people waiting in the whole office</extracomment>
        <translation>Celkem čekajících: %1</translation>
    </message>
    <message>
        <location filename="../qml/ServiceWaitList.qml" line="81"/>
        <source>Zurzeit keine Angaben</source>
        <translation>Momentálně bez údajů</translation>
    </message>
</context>
</TS>
