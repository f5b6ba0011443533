<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EventLabels</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Watch added</source>
        <translation>Ordner überwacht</translation>
    </message>
    <message>
        <source>Watch removed</source>
        <translation>Überwachung beendet</translation>
    </message>
    <message>
        <source>Watch error</source>
        <translation>Überwachungsfehler</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Watches folders and runs every file through a pipeline of stages.</source>
        <translation>Überwacht Ordner und schickt jede Datei durch eine Pipeline aus Verarbeitungsstufen.</translation>
    </message>
    <message>
        <source>Watch DIR (may be given more than once).</source>
        <translation>ORDNER überwachen (kann mehrfach angegeben werden).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Pipeline file or built-in pipeline name (default: inbox).</source>
        <translation>Pipeline-Datei oder Name einer eingebauten Pipeline (Vorgabe: inbox).</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAME|DATEI</translation>
    </message>
    <message>
        <source>Folders to watch, like --watch.</source>
        <translation>Zu überwachende Ordner, wie --watch.</translation>
    </message>
    <message>
        <source>[DIR...]</source>
        <translation>[ORDNER...]</translation>
    </message>
    <message>
        <source>Sluice cannot start</source>
        <translation>Sluice kann nicht starten</translation>
    </message>
    <message>
        <source>Sluice could not start its processing:

%1</source>
        <translation>Sluice konnte die Verarbeitung nicht starten:

%1</translation>
    </message>
</context>
<context>
    <name>sluice::BatchStatusWidget</name>
    <message>
        <source>Batch progress</source>
        <translation>Stapelfortschritt</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>Queue empty</source>
        <translation>Warteschlange leer</translation>
    </message>
    <message>
        <source>Files queued or being processed</source>
        <translation>Dateien in der Warteschlange oder in Verarbeitung</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>No batch has run yet</source>
        <translation>Es wurde noch kein Stapel verarbeitet</translation>
    </message>
    <message>
        <source>%1 / %2 files</source>
        <extracomment>Batch progress in the status bar: finished files / all files of the batch.</extracomment>
        <translation>%1 / %2 Dateien</translation>
    </message>
    <message>
        <source>Processing the current batch</source>
        <translation>Der aktuelle Stapel wird verarbeitet</translation>
    </message>
    <message>
        <source>Done: %1 / %2 files</source>
        <translation>Fertig: %1 / %2 Dateien</translation>
    </message>
    <message>
        <source>The last batch has finished</source>
        <translation>Der letzte Stapel ist fertig</translation>
    </message>
</context>
<context>
    <name>sluice::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>sluice::EventLogPane</name>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Filter by file, event or message (Ctrl+F)</source>
        <translation>Nach Datei, Ereignis oder Meldung filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und schwerer</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Mindest-Schweregrad</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <source>Events: %1 of %2</source>
        <translation>Ereignisse: %1 von %2</translation>
    </message>
</context>
<context>
    <name>sluice::EventLogView</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Watch removed</source>
        <translation>Überwachung beendet</translation>
    </message>
    <message>
        <source>No events match the filter</source>
        <translation>Kein Ereignis passt zum Filter</translation>
    </message>
    <message>
        <source>Clear the filter box to see every event.</source>
        <translation>Leeren Sie das Filterfeld, um alle Ereignisse zu sehen.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <source>Add a folder to watch, or drop files here to process them.</source>
        <translation>Fügen Sie einen Ordner zur Überwachung hinzu oder ziehen Sie Dateien hierher, um sie zu verarbeiten.</translation>
    </message>
    <message>
        <source>Drop files here to process them</source>
        <translation>Dateien hier ablegen, um sie zu verarbeiten</translation>
    </message>
    <message>
        <source>They run through the pipeline once, as one batch. To process every new file automatically, add a folder to watch.</source>
        <translation>Sie laufen einmal als ein Stapel durch die Pipeline. Um jede neue Datei automatisch zu verarbeiten, fügen Sie einen Ordner zur Überwachung hinzu.</translation>
    </message>
</context>
<context>
    <name>sluice::FolderWatcher</name>
    <message>
        <source>the watched folder no longer exists</source>
        <translation>der überwachte Ordner existiert nicht mehr</translation>
    </message>
    <message>
        <source>not a folder or not readable</source>
        <translation>kein Ordner oder nicht lesbar</translation>
    </message>
    <message>
        <source>Cannot get change notifications for this folder; it is checked by periodic rescan</source>
        <translation>Für diesen Ordner gibt es keine Änderungsbenachrichtigungen; er wird regelmäßig neu durchsucht</translation>
    </message>
</context>
<context>
    <name>sluice::HashStage</name>
    <message>
        <source>Hash</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Computes cryptographic digests (SHA-256, SHA-1, MD5, SHA-512) of the file&apos;s bytes in one pass, with OpenSSL.</source>
        <translation>Berechnet kryptografische Prüfsummen (SHA-256, SHA-1, MD5, SHA-512) über die Bytes der Datei in einem Durchgang, mit OpenSSL.</translation>
    </message>
    <message>
        <source>Digests to compute, any of: %1.</source>
        <translation>Zu berechnende Prüfsummen, beliebig aus: %1.</translation>
    </message>
    <message>
        <source>algorithms: must be a list of algorithm names (%1)</source>
        <translation>algorithms: muss eine Liste von Algorithmusnamen sein (%1)</translation>
    </message>
    <message>
        <source>algorithms: choose at least one of %1</source>
        <translation>algorithms: wählen Sie mindestens einen aus %1</translation>
    </message>
    <message>
        <source>algorithms: unknown algorithm &quot;%1&quot;; choose from %2</source>
        <translation>algorithms: unbekannter Algorithmus „%1“; zur Wahl stehen %2</translation>
    </message>
    <message>
        <source>cannot start the %1 digest: OpenSSL failed to initialise it</source>
        <translation>die %1-Prüfsumme kann nicht begonnen werden: OpenSSL konnte sie nicht initialisieren</translation>
    </message>
    <message>
        <source>cannot read %1 after %2 bytes: %3</source>
        <translation>%1 kann nach %2 Bytes nicht weitergelesen werden: %3</translation>
    </message>
    <message>
        <source>cannot compute the %1 digest: OpenSSL failed</source>
        <translation>die %1-Prüfsumme kann nicht berechnet werden: OpenSSL ist gescheitert</translation>
    </message>
    <message>
        <source>cannot finish the %1 digest: OpenSSL failed</source>
        <translation>die %1-Prüfsumme kann nicht abgeschlossen werden: OpenSSL ist gescheitert</translation>
    </message>
</context>
<context>
    <name>sluice::ImageInfoStage</name>
    <message>
        <source>Image info</source>
        <translation>Bildinformationen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Reads an image&apos;s size, format, frame count and pixel layout from its header, refuses decompression bombs before decoding, and decodes the first frame to detect truncated files.</source>
        <translation>Liest Größe, Format, Anzahl der Einzelbilder und Pixelaufbau eines Bildes aus seinem Kopf, weist Dekompressionsbomben vor dem Dekodieren ab und dekodiert das erste Einzelbild, um abgeschnittene Dateien zu erkennen.</translation>
    </message>
    <message>
        <source>MP</source>
        <translation>MP</translation>
    </message>
    <message>
        <source>Refuse images with more pixels than this (millions of pixels), without decoding them.</source>
        <translation>Bilder mit mehr Pixeln als diesen (in Millionen Pixeln) abweisen, ohne sie zu dekodieren.</translation>
    </message>
    <message>
        <source>Decode the first frame to detect truncated or corrupt files (slower).</source>
        <translation>Das erste Einzelbild dekodieren, um abgeschnittene oder beschädigte Dateien zu erkennen (langsamer).</translation>
    </message>
    <message>
        <source>not a readable image: the file is empty (0 bytes)</source>
        <translation>kein lesbares Bild: die Datei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>decompression bomb: %1×%2 pixels exceeds the limit of %3 megapixels</source>
        <translation>Dekompressionsbombe: %1×%2 Pixel überschreiten die Grenze von %3 Megapixeln</translation>
    </message>
    <message>
        <source>decompression bomb: text metadata &quot;%1&quot; inflates to %2 characters, over the limit of %3</source>
        <translation>Dekompressionsbombe: die Textmetadaten „%1“ entpacken sich zu %2 Zeichen, mehr als die Grenze von %3</translation>
    </message>
    <message>
        <source>corrupt or truncated image: the JPEG data ends without its end-of-image marker</source>
        <translation>beschädigtes oder abgeschnittenes Bild: die JPEG-Daten enden ohne Bildende-Markierung</translation>
    </message>
    <message>
        <source>corrupt or truncated image: %1</source>
        <translation>beschädigtes oder abgeschnittenes Bild: %1</translation>
    </message>
    <message>
        <source>not a readable image: %1</source>
        <translation>kein lesbares Bild: %1</translation>
    </message>
    <message>
        <source>not a readable image: no decoder for %1 is installed (Qt has no plugin and OpenCV cannot read it)</source>
        <translation>kein lesbares Bild: für %1 ist kein Decoder installiert (Qt hat kein Plugin dafür und OpenCV kann es nicht lesen)</translation>
    </message>
    <message>
        <source>corrupt or truncated image: OpenCV cannot decode the %1 data</source>
        <translation>beschädigtes oder abgeschnittenes Bild: OpenCV kann die %1-Daten nicht dekodieren</translation>
    </message>
</context>
<context>
    <name>sluice::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 Eintrag]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Einträge]</translation>
    </message>
    <message>
        <source>{1 key}</source>
        <translation>{1 Schlüssel}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 Schlüssel}</translation>
    </message>
    <message>
        <source>[empty]</source>
        <translation>[leer]</translation>
    </message>
    <message>
        <source>{empty}</source>
        <translation>{leer}</translation>
    </message>
</context>
<context>
    <name>sluice::JsonlLogStage</name>
    <message>
        <source>Log (JSON Lines)</source>
        <translation>Protokoll (JSON Lines)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Appends one JSON line per file (time, path, size, type, SHA-256 and the stages it went through) to a daily log file.</source>
        <translation>Hängt je Datei eine JSON-Zeile (Zeit, Pfad, Größe, Typ, SHA-256 und die durchlaufenen Stufen) an eine tägliche Protokolldatei an.</translation>
    </message>
    <message>
        <source>Folder for the daily files sluice-YYYY-MM-DD.jsonl; empty means the application&apos;s data folder, subfolder logs.</source>
        <translation>Ordner für die täglichen Dateien sluice-JJJJ-MM-TT.jsonl; leer bedeutet den Datenordner der Anwendung, Unterordner logs.</translation>
    </message>
    <message>
        <source>cannot create the log folder %1</source>
        <translation>der Protokollordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the log file %1: %2</source>
        <translation>die Protokolldatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot write to the log file %1: %2</source>
        <translation>in die Protokolldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sluice::MainWindow</name>
    <message>
        <source>Sluice</source>
        <translation>Sluice</translation>
    </message>
    <message>
        <source>Sluice — %1</source>
        <translation>Sluice — %1</translation>
    </message>
    <message>
        <source>&amp;Process Files…</source>
        <translation>&amp;Dateien verarbeiten…</translation>
    </message>
    <message>
        <source>Choose files to run through the pipeline once (Ctrl+O)</source>
        <translation>Dateien wählen, die einmal durch die Pipeline laufen (Strg+O)</translation>
    </message>
    <message>
        <source>Process Files…</source>
        <translation>Dateien verarbeiten…</translation>
    </message>
    <message>
        <source>&amp;Add Watch Folder…</source>
        <translation>Überwachungsordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Watch a folder: every file that arrives in it is processed (Ctrl+Shift+O)</source>
        <translation>Einen Ordner überwachen: jede Datei, die darin ankommt, wird verarbeitet (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Watch Folder</source>
        <translation>Überwachungsordner &amp;entfernen</translation>
    </message>
    <message>
        <source>Stop watching the selected folder; its files are left alone (Del)</source>
        <translation>Den gewählten Ordner nicht mehr überwachen; seine Dateien bleiben unangetastet (Entf)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Cancel Processing</source>
        <translation>Verarbeitung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the files being processed and drop the queue (Ctrl+.)</source>
        <translation>Laufende Verarbeitung anhalten und die Warteschlange verwerfen (Strg+.)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open &amp;Results Folder</source>
        <translation>E&amp;rgebnisordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder with the result documents (Ctrl+R)</source>
        <translation>Den Ordner mit den Ergebnisdokumenten öffnen (Strg+R)</translation>
    </message>
    <message>
        <source>Results Folder</source>
        <translation>Ergebnisordner</translation>
    </message>
    <message>
        <source>&amp;Filter Events</source>
        <translation>Ereignisse &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Sluice</source>
        <translation>Über &amp;Sluice</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Pipeline: %1</source>
        <translation>Pipeline: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Drop files on the window to process them, or add a folder to watch.</source>
        <translation>Ziehen Sie Dateien auf das Fenster, um sie zu verarbeiten, oder fügen Sie einen Ordner zur Überwachung hinzu.</translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation>Fehlgeschlagen: %1 — %2</translation>
    </message>
    <message>
        <source>Already watching %1</source>
        <translation>%1 wird bereits überwacht</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>%1 wird überwacht</translation>
    </message>
    <message>
        <source>Stopped watching %1</source>
        <translation>%1 wird nicht mehr überwacht</translation>
    </message>
    <message>
        <source>Add Watch Folder</source>
        <translation>Überwachungsordner hinzufügen</translation>
    </message>
    <message>
        <source>Process Files</source>
        <translation>Dateien verarbeiten</translation>
    </message>
    <message>
        <source>Open Results Folder</source>
        <translation>Ergebnisordner öffnen</translation>
    </message>
    <message>
        <source>Could not open the results folder %1.
It is created when the first file has been processed.</source>
        <translation>Der Ergebnisordner %1 konnte nicht geöffnet werden.
Er wird angelegt, sobald die erste Datei verarbeitet wurde.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Processing canceled; canceled files are marked as failed</source>
        <translation>Verarbeitung abgebrochen; abgebrochene Dateien werden als fehlgeschlagen markiert</translation>
    </message>
    <message>
        <source>About Sluice</source>
        <translation>Über Sluice</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sluice %1&lt;/h3&gt;&lt;p&gt;Watches folders and runs every file that arrives through a pipeline of stages, with every event, result and error in view.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pipeline:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Results:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sluice %1&lt;/h3&gt;&lt;p&gt;Überwacht Ordner und schickt jede ankommende Datei durch eine Pipeline aus Verarbeitungsstufen – jedes Ereignis, jedes Ergebnis und jeder Fehler bleibt im Blick.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pipeline:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Ergebnisse:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This event is about a watch folder</source>
        <translation>Dieses Ereignis betrifft einen Überwachungsordner</translation>
    </message>
    <message>
        <source>Select an event about a file to see its result.</source>
        <translation>Wählen Sie ein Ereignis zu einer Datei, um ihr Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>%1

Select an event about a file to see its result.</source>
        <translation>%1

Wählen Sie ein Ereignis zu einer Datei, um ihr Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>This event is not about a file</source>
        <translation>Dieses Ereignis betrifft keine Datei</translation>
    </message>
    <message>
        <source>Drop to process these files now</source>
        <translation>Loslassen, um diese Dateien jetzt zu verarbeiten</translation>
    </message>
    <message>
        <source>Processing %1…</source>
        <translation>%1 wird verarbeitet…</translation>
    </message>
    <message>
        <source>Processing %1 dropped or chosen items as one batch…</source>
        <translation>%1 abgelegte oder gewählte Elemente werden als ein Stapel verarbeitet…</translation>
    </message>
    <message>
        <source>Nothing to process</source>
        <translation>Nichts zu verarbeiten</translation>
    </message>
</context>
<context>
    <name>sluice::MimeStage</name>
    <message>
        <source>Detect type</source>
        <translation>Typ erkennen</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Detects the file&apos;s MIME type from its content (magic bytes), falls back to the file name when the content is not conclusive, and tells whether the name agrees with the content.</source>
        <translation>Erkennt den MIME-Typ der Datei an ihrem Inhalt (Magic Bytes), greift auf den Dateinamen zurück, wenn der Inhalt nicht eindeutig ist, und meldet, ob Name und Inhalt zusammenpassen.</translation>
    </message>
    <message>
        <source>cannot read %1: the file does not exist</source>
        <translation>%1 kann nicht gelesen werden: die Datei existiert nicht</translation>
    </message>
</context>
<context>
    <name>sluice::ParamSpec</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>muss eines davon sein: %1</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a list of text values</source>
        <translation>muss eine Liste von Textwerten sein</translation>
    </message>
</context>
<context>
    <name>sluice::PdfTextStage</name>
    <message>
        <source>PDF text</source>
        <translation>PDF-Text</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Extracts the text of every page of a PDF, with page sizes, rotation and document metadata, and marks pages that have no text and need OCR.</source>
        <translation>Extrahiert den Text jeder Seite eines PDFs samt Seitengrößen, Drehung und Dokument-Metadaten und markiert Seiten ohne Text, die eine Texterkennung (OCR) brauchen.</translation>
    </message>
    <message>
        <source>Password to open an encrypted PDF (user or owner password); leave empty for none.</source>
        <translation>Passwort zum Öffnen eines verschlüsselten PDFs (Benutzer- oder Besitzerpasswort); leer lassen, wenn keins nötig ist.</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Extract text from at most this many pages; later pages are counted but not read.</source>
        <translation>Text aus höchstens so vielen Seiten extrahieren; weitere Seiten werden gezählt, aber nicht gelesen.</translation>
    </message>
    <message>
        <source>empty file: 0 bytes</source>
        <translation>leere Datei: 0 Bytes</translation>
    </message>
    <message>
        <source>not a readable PDF: no %PDF- header in the first 1024 bytes</source>
        <translation>kein lesbares PDF: kein %PDF-Kopf in den ersten 1024 Bytes</translation>
    </message>
    <message>
        <source>not a readable PDF: poppler cannot parse its structure (damaged or incomplete file)</source>
        <translation>kein lesbares PDF: Poppler kann seine Struktur nicht auswerten (beschädigte oder unvollständige Datei)</translation>
    </message>
    <message>
        <source>encrypted: password required</source>
        <translation>verschlüsselt: Passwort erforderlich</translation>
    </message>
    <message>
        <source>encrypted: wrong password</source>
        <translation>verschlüsselt: falsches Passwort</translation>
    </message>
    <message>
        <source>not a readable PDF: poppler finds no pages in it</source>
        <translation>kein lesbares PDF: Poppler findet darin keine Seiten</translation>
    </message>
    <message>
        <source>page %1 cannot be read</source>
        <translation>Seite %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>sluice::Pipeline</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>a pipeline must be a JSON object</source>
        <translation>eine Pipeline muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;%1&quot;</source>
        <translation>&apos;format&apos; muss „%1“ sein</translation>
    </message>
    <message>
        <source>&apos;version&apos; %1 is not supported (this build reads version %2)</source>
        <translation>&apos;version&apos; %1 wird nicht unterstützt (dieses Programm liest Version %2)</translation>
    </message>
    <message>
        <source>&apos;nodes&apos; must be an array</source>
        <translation>&apos;nodes&apos; muss ein Array sein</translation>
    </message>
    <message>
        <source>nodes[%1] must be an object</source>
        <translation>nodes[%1] muss ein Objekt sein</translation>
    </message>
    <message>
        <source>nodes[%1] (&apos;%2&apos;): &apos;params&apos; must be an object</source>
        <translation>nodes[%1] (&apos;%2&apos;): &apos;params&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&apos;edges&apos; must be an array</source>
        <translation>&apos;edges&apos; muss ein Array sein</translation>
    </message>
    <message>
        <source>edges[%1] needs &apos;from&apos; and &apos;to&apos;</source>
        <translation>edges[%1] braucht &apos;from&apos; und &apos;to&apos;</translation>
    </message>
    <message>
        <source>cannot open pipeline &apos;%1&apos;: %2 (built-in pipelines: %3)</source>
        <translation>Pipeline &apos;%1&apos; kann nicht geöffnet werden: %2 (eingebaute Pipelines: %3)</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the pipeline has no nodes</source>
        <translation>die Pipeline hat keine Knoten</translation>
    </message>
    <message>
        <source>node id must be letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>die Knoten-ID darf nur Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>duplicate node id</source>
        <translation>doppelte Knoten-ID</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;</source>
        <translation>unbekannte Stufe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>required parameter is missing</source>
        <translation>ein erforderlicher Parameter fehlt</translation>
    </message>
    <message>
        <source>unknown parameter of stage &apos;%1&apos;</source>
        <translation>unbekannter Parameter der Stufe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>edge %1 comes from unknown node &apos;%2&apos;</source>
        <translation>Kante %1 kommt von unbekanntem Knoten &apos;%2&apos;</translation>
    </message>
    <message>
        <source>edge %1 goes to unknown node &apos;%2&apos;</source>
        <translation>Kante %1 führt zu unbekanntem Knoten &apos;%2&apos;</translation>
    </message>
    <message>
        <source>edge %1 connects the node to itself</source>
        <translation>Kante %1 verbindet den Knoten mit sich selbst</translation>
    </message>
    <message>
        <source>edge %1 uses output port &apos;%2&apos;, which the node does not have</source>
        <translation>Kante %1 nutzt den Ausgang &apos;%2&apos;, den der Knoten nicht hat</translation>
    </message>
    <message>
        <source>edge %1 uses input port &apos;%2&apos;, which the node does not have</source>
        <translation>Kante %1 nutzt den Eingang &apos;%2&apos;, den der Knoten nicht hat</translation>
    </message>
    <message>
        <source>edge %1 connects a &apos;%2&apos; output to a &apos;%3&apos; input</source>
        <translation>Kante %1 verbindet einen &apos;%2&apos;-Ausgang mit einem &apos;%3&apos;-Eingang</translation>
    </message>
    <message>
        <source>cycle through nodes: %1</source>
        <translation>Zyklus über die Knoten: %1</translation>
    </message>
</context>
<context>
    <name>sluice::PipelineExecutor</name>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;</source>
        <translation>unbekannte Stufe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
</context>
<context>
    <name>sluice::ProcessingService</name>
    <message>
        <source>pipeline &apos;%1&apos; is not valid:
%2</source>
        <translation>Pipeline &apos;%1&apos; ist nicht gültig:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were interrupted when Sluice last stopped</source>
        <translation>
            <numerusform>%n Auftrag wurde beim letzten Beenden von Sluice unterbrochen</numerusform>
            <numerusform>%n Aufträge wurden beim letzten Beenden von Sluice unterbrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sluice started with pipeline &apos;%1&apos;; results go to %2</source>
        <translation>Sluice gestartet mit Pipeline &apos;%1&apos;; Ergebnisse gehen nach %2</translation>
    </message>
    <message>
        <source>watching</source>
        <translation>überwacht</translation>
    </message>
    <message>
        <source>Watching folder</source>
        <translation>Ordner wird überwacht</translation>
    </message>
    <message>
        <source>Stopped watching folder</source>
        <translation>Ordner wird nicht mehr überwacht</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>Known file, unchanged</source>
        <translation>Bekannte Datei, unverändert</translation>
    </message>
    <message>
        <source>File appeared; waiting until it is complete</source>
        <translation>Datei erschienen; warte, bis sie vollständig ist</translation>
    </message>
    <message>
        <source>File changed; waiting until it is complete</source>
        <translation>Datei geändert; warte, bis sie vollständig ist</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Datei entfernt</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>sluice::ResultPane</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>Dateipfad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the file with its default application</source>
        <translation>Die Datei mit ihrer Standardanwendung öffnen</translation>
    </message>
    <message>
        <source>Result document</source>
        <translation>Ergebnisdokument</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Show every key of the result</source>
        <translation>Alle Schlüssel des Ergebnisses zeigen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Show only the top-level keys</source>
        <translation>Nur die Schlüssel der obersten Ebene zeigen</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the whole result document to the clipboard</source>
        <translation>Das ganze Ergebnisdokument in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Select a key to see its whole value here.</source>
        <translation>Wählen Sie einen Schlüssel, um hier seinen ganzen Wert zu sehen.</translation>
    </message>
    <message>
        <source>Selected value</source>
        <translation>Gewählter Wert</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Select a file&apos;s event in the event log to see its result here: the status, any errors, and everything each stage found.</source>
        <translation>Wählen Sie im Ereignisprotokoll ein Ereignis zu einer Datei, um hier ihr Ergebnis zu sehen: den Status, etwaige Fehler und alles, was jede Stufe gefunden hat.</translation>
    </message>
    <message>
        <source>NO RESULT</source>
        <translation>KEIN ERGEBNIS</translation>
    </message>
    <message>
        <source>This file has no result yet. It may still be waiting at the stability gate (its size or time stamp is still changing) or in the queue; its result appears here as soon as it has been processed.</source>
        <translation>Für diese Datei gibt es noch kein Ergebnis. Sie wartet vielleicht noch an der Stabilitätsprüfung (ihre Größe oder ihr Zeitstempel ändert sich noch) oder in der Warteschlange; ihr Ergebnis erscheint hier, sobald sie verarbeitet wurde.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>ÜBERSPRUNGEN</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation>Pipeline %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(temporary problem; may succeed on retry)</source>
        <translation>(vorübergehendes Problem; ein neuer Versuch kann gelingen)</translation>
    </message>
    <message>
        <source>The file failed without an error message.</source>
        <translation>Die Datei ist ohne Fehlermeldung fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>sluice::RouteStage</name>
    <message>
        <source>Route</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Sends each file to one output port by its MIME type, file name or size: the first matching rule wins, files that match no rule go to the default port.</source>
        <translation>Leitet jede Datei nach MIME-Typ, Dateiname oder Größe an einen Ausgang weiter: die erste passende Regel gewinnt, Dateien ohne passende Regel gehen an den Standardausgang.</translation>
    </message>
    <message>
        <source>List of rules {port, mime, glob, min_size, max_size}; the first rule whose every criterion matches chooses the port.</source>
        <translation>Liste von Regeln {port, mime, glob, min_size, max_size}; die erste Regel, deren Kriterien alle zutreffen, wählt den Ausgang.</translation>
    </message>
    <message>
        <source>Port for files that match no rule (letters a-z, digits and _).</source>
        <translation>Ausgang für Dateien, auf die keine Regel zutrifft (Buchstaben a–z, Ziffern und _).</translation>
    </message>
    <message>
        <source>default_port: must be a non-empty name of lower-case letters a-z, digits and _</source>
        <translation>default_port: muss ein nicht leerer Name aus Kleinbuchstaben a–z, Ziffern und _ sein</translation>
    </message>
    <message>
        <source>rules: must be a list of rule objects</source>
        <translation>rules: muss eine Liste von Regelobjekten sein</translation>
    </message>
    <message>
        <source>%1: must be an object {port, mime, glob, min_size, max_size}</source>
        <translation>%1: muss ein Objekt {port, mime, glob, min_size, max_size} sein</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known: %3)</source>
        <translation>%1: unbekannter Schlüssel „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>%1: port is missing</source>
        <translation>%1: port fehlt</translation>
    </message>
    <message>
        <source>%1: port must be a non-empty name of lower-case letters a-z, digits and _</source>
        <translation>%1: port muss ein nicht leerer Name aus Kleinbuchstaben a–z, Ziffern und _ sein</translation>
    </message>
    <message>
        <source>%1: mime must be a MIME type name or a list of them</source>
        <translation>%1: mime muss ein MIME-Typname oder eine Liste davon sein</translation>
    </message>
    <message>
        <source>%1: mime &quot;%2&quot; is not a type name like &quot;application/pdf&quot; or &quot;image/*&quot;</source>
        <translation>%1: mime „%2“ ist kein Typname wie „application/pdf“ oder „image/*“</translation>
    </message>
    <message>
        <source>%1: glob must be a file-name pattern or a list of them</source>
        <translation>%1: glob muss ein Dateinamenmuster oder eine Liste davon sein</translation>
    </message>
    <message>
        <source>%1: glob patterns must not be empty</source>
        <translation>%1: glob-Muster dürfen nicht leer sein</translation>
    </message>
    <message>
        <source>%1: min_size must be a whole number of bytes, 0 or more</source>
        <translation>%1: min_size muss eine ganze Zahl von Bytes sein, 0 oder mehr</translation>
    </message>
    <message>
        <source>%1: max_size must be a whole number of bytes, 0 or more</source>
        <translation>%1: max_size muss eine ganze Zahl von Bytes sein, 0 oder mehr</translation>
    </message>
    <message>
        <source>%1: min_size (%2) is larger than max_size (%3)</source>
        <translation>%1: min_size (%2) ist größer als max_size (%3)</translation>
    </message>
    <message>
        <source>invalid route rules: %1</source>
        <translation>ungültige Verteilregeln: %1</translation>
    </message>
</context>
<context>
    <name>sluice::Runner</name>
    <message>
        <source>Unchanged since it was processed; not run again</source>
        <translation>Seit der Verarbeitung unverändert; nicht erneut verarbeitet</translation>
    </message>
    <message>
        <source>Processing started</source>
        <translation>Verarbeitung begonnen</translation>
    </message>
    <message>
        <source>file not found or not a regular file</source>
        <translation>Datei nicht gefunden oder keine reguläre Datei</translation>
    </message>
    <message>
        <source>Processed in %1 ms (%2)</source>
        <translation>Verarbeitet in %1 ms (%2)</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>Fehlgeschlagen bei %1: %2</translation>
    </message>
    <message>
        <source>cannot create result folder &apos;%1&apos;</source>
        <translation>Ergebnisordner &apos;%1&apos; kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write result &apos;%1&apos;: %2</source>
        <translation>Ergebnis &apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sluice::StageInput</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>sluice::TextStage</name>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Detects the encoding of a plain-text file (byte-order mark, UTF-8, UTF-16/32, Windows-1252), counts lines, words and characters, names the line endings and keeps a preview.</source>
        <translation>Erkennt die Kodierung einer Textdatei (Byte-Order-Mark, UTF-8, UTF-16/32, Windows-1252), zählt Zeilen, Wörter und Zeichen, benennt die Zeilenenden und behält eine Vorschau.</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>How many characters (Unicode code points) of the start of the text to keep as a preview.</source>
        <translation>Wie viele Zeichen (Unicode-Codepunkte) vom Anfang des Textes als Vorschau behalten werden.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Read at most this many bytes of the file; counts then cover only its start.</source>
        <translation>Höchstens so viele Bytes der Datei lesen; die Zählungen betreffen dann nur ihren Anfang.</translation>
    </message>
    <message>
        <source>cannot read %1 after %2 bytes: %3</source>
        <translation>%1 kann nach %2 Bytes nicht weitergelesen werden: %3</translation>
    </message>
    <message>
        <source>binary content, not text</source>
        <translation>binärer Inhalt, kein Text</translation>
    </message>
</context>
<context>
    <name>sluice::ValidationIssue</name>
    <message>
        <source>node &apos;%1&apos;</source>
        <translation>Knoten &apos;%1&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;</source>
        <translation>Parameter &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>sluice::WatchFolderModel</name>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 processed · %2 failed · %3 waiting</source>
        <extracomment>Counts of one watch folder: processed files, failed files, files waiting at the stability gate.</extracomment>
        <translation>%1 verarbeitet · %2 Fehler · %3 wartend</translation>
    </message>
</context>
<context>
    <name>sluice::WatchFolderPane</name>
    <message>
        <source>No folders watched yet</source>
        <translation>Noch keine Ordner überwacht</translation>
    </message>
    <message>
        <source>Watch folders</source>
        <translation>Überwachungsordner</translation>
    </message>
    <message>
        <source>Drop folders here to watch them</source>
        <translation>Ordner hier ablegen, um sie zu überwachen</translation>
    </message>
    <message>
        <source>Click “Add Folder…” or drag a folder here. Every file that arrives in it is processed.</source>
        <translation>Klicken Sie auf „Ordner hinzufügen…“ oder ziehen Sie einen Ordner hierher. Jede Datei, die darin ankommt, wird verarbeitet.</translation>
    </message>
</context>
</TS>
