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
    <message>
        <source>Content changed</source>
        <translation>Inhalt geändert</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfragemodus</translation>
    </message>
    <message>
        <source>Watch recovered</source>
        <translation>Überwachung wiederhergestellt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Start scan</source>
        <translation>Startprüfung</translation>
    </message>
    <message>
        <source>Watch changed</source>
        <translation>Überwachung geändert</translation>
    </message>
    <message>
        <source>Paused automatically</source>
        <translation>Automatisch angehalten</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnmeldung</translation>
    </message>
    <message>
        <source>Job resumed</source>
        <translation>Auftrag fortgesetzt</translation>
    </message>
    <message>
        <source>Moved to errors</source>
        <translation>In den Fehlerordner verschoben</translation>
    </message>
    <message>
        <source>Waiting and ready</source>
        <translation>Wartend und bereit</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>Überwachungsordner</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>Sonstige Meldungen</translation>
    </message>
    <message>
        <source>Watch warning</source>
        <translation>Überwachungswarnung</translation>
    </message>
</context>
<context>
    <name>WatchLabels</name>
    <message>
        <source>Watching</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Wird abgefragt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Still growing</source>
        <translation>Wächst noch</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Its size or time changed within the settle time: it is still being written.</source>
        <translation>Ihre Größe oder Zeit hat sich innerhalb der Beruhigungszeit geändert: sie wird noch geschrieben.</translation>
    </message>
    <message>
        <source>It stopped changing but cannot be opened for reading yet.</source>
        <translation>Sie ändert sich nicht mehr, kann aber noch nicht zum Lesen geöffnet werden.</translation>
    </message>
    <message>
        <source>It is complete; it runs through the pipeline next (or when the folder is resumed).</source>
        <translation>Sie ist vollständig; sie läuft als Nächstes durch die Pipeline (oder sobald der Ordner fortgesetzt wird).</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
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
        <source>NAME|FILE</source>
        <translation>NAME|DATEI</translation>
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
    <message>
        <source>Folders to watch, like --watch; files are processed once.</source>
        <translation>Zu überwachende Ordner, wie --watch; Dateien werden einmal verarbeitet.</translation>
    </message>
    <message>
        <source>[DIR|FILE...]</source>
        <translation>[ORDNER|DATEI...]</translation>
    </message>
    <message>
        <source>sluice: no such file or folder: %1</source>
        <translation>sluice: Datei oder Ordner nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>Pipeline file, or built-in or user pipeline name (default: the one chosen in the pipeline editor, else inbox).</source>
        <translation>Pipeline-Datei oder Name einer eingebauten oder eigenen Pipeline (Vorgabe: die im Pipeline-Editor gewählte, sonst inbox).</translation>
    </message>
</context>
<context>
    <name>sluice</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
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
        <source>the image is still arriving: the file changed while it was read</source>
        <translation>das Bild ist noch nicht vollständig angekommen: die Datei hat sich während des Lesens geändert</translation>
    </message>
    <message>
        <source>corrupt or truncated image: %1</source>
        <translation>beschädigtes oder abgeschnittenes Bild: %1</translation>
    </message>
    <message>
        <source>decompression bomb: text metadata &quot;%1&quot; inflates to %2 characters, over the limit of %3</source>
        <translation>Dekompressionsbombe: die Textmetadaten „%1“ entpacken sich zu %2 Zeichen, mehr als die Grenze von %3</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the JPEG data ends without its end-of-image marker</source>
        <translation>die JPEG-Daten enden ohne Bildende-Markierung</translation>
    </message>
    <message>
        <source>OpenCV cannot decode the JPEG data</source>
        <translation>OpenCV kann die JPEG-Daten nicht dekodieren</translation>
    </message>
    <message>
        <source>not a readable image: %1</source>
        <translation>kein lesbares Bild: %1</translation>
    </message>
    <message>
        <source>not a readable image: no decoder for %1 is installed</source>
        <translation>kein lesbares Bild: für %1 ist kein Decoder installiert</translation>
    </message>
    <message>
        <source>OpenCV cannot decode the %1 data</source>
        <translation>OpenCV kann die %1-Daten nicht dekodieren</translation>
    </message>
    <message>
        <source>unsupported pixel layout</source>
        <translation>nicht unterstützter Pixelaufbau</translation>
    </message>
    <message>
        <source>the PNG data ends before its IEND chunk</source>
        <translation>die PNG-Daten enden vor ihrem IEND-Chunk</translation>
    </message>
    <message>
        <source>Correction of page %1: the result has no such page.</source>
        <translation>Korrektur von Seite %1: das Ergebnis hat keine solche Seite.</translation>
    </message>
    <message>
        <source>Correction of word %1 on page %2: the page has %3 words.</source>
        <translation>Korrektur von Wort %1 auf Seite %2: die Seite hat %3 Wörter.</translation>
    </message>
    <message>
        <source>Correction of word %1 on page %2: it reads &quot;%3&quot;, not &quot;%4&quot;.</source>
        <translation>Korrektur von Wort %1 auf Seite %2: es lautet „%3“, nicht „%4“.</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a result document: %2</source>
        <translation>&apos;%1&apos; ist kein Ergebnisdokument: %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the result file of &apos;%1&apos; was not found in &apos;%2&apos;</source>
        <translation>die Ergebnisdatei von &apos;%1&apos; wurde in &apos;%2&apos; nicht gefunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the result of &apos;%2&apos;, not of &apos;%3&apos;</source>
        <translation>&apos;%1&apos; ist das Ergebnis von &apos;%2&apos;, nicht von &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no OCR result</source>
        <translation>&apos;%1&apos; enthält kein OCR-Ergebnis</translation>
    </message>
    <message>
        <source>OpenSSL cannot start an MD5 digest</source>
        <translation>OpenSSL kann keinen MD5-Hash beginnen</translation>
    </message>
    <message>
        <source>OpenSSL cannot start a digest</source>
        <translation>OpenSSL kann keinen Hash beginnen</translation>
    </message>
    <message>
        <source>cannot read %1 at byte %2: %3</source>
        <translation>%1 kann bei Byte %2 nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the file became shorter</source>
        <translation>die Datei ist kürzer geworden</translation>
    </message>
    <message>
        <source>no AWS credentials: the shared credentials file %1 cannot be read (%2)</source>
        <translation>keine AWS-Zugangsdaten: die gemeinsame Zugangsdatendatei %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>no AWS credentials: profile [%1] is not in %2</source>
        <translation>keine AWS-Zugangsdaten: das Profil [%1] ist nicht in %2</translation>
    </message>
    <message>
        <source>no AWS credentials: profile [%1] in %2 lacks aws_access_key_id or aws_secret_access_key</source>
        <translation>keine AWS-Zugangsdaten: dem Profil [%1] in %2 fehlt aws_access_key_id oder aws_secret_access_key</translation>
    </message>
    <message>
        <source>When the target name holds a different file: unique (add &quot; (2)&quot;), overwrite, skip, or fail. An identical file counts as done.</source>
        <translation>Wenn unter dem Zielnamen eine andere Datei liegt: unique („ (2)“ anhängen), overwrite (überschreiben), skip (überspringen) oder fail (Fehler). Eine identische Datei gilt als erledigt.</translation>
    </message>
    <message>
        <source>no target folder given</source>
        <translation>kein Zielordner angegeben</translation>
    </message>
    <message>
        <source>target %1 would lie outside the folder %2</source>
        <translation>das Ziel %1 läge außerhalb des Ordners %2</translation>
    </message>
    <message>
        <source>target %1 is the source itself</source>
        <translation>das Ziel %1 ist die Quelle selbst</translation>
    </message>
    <message>
        <source>source %1 does not exist or is not a regular file</source>
        <translation>die Quelle %1 existiert nicht oder ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>copied and verified to %1, but %2</source>
        <translation>nach %1 kopiert und geprüft, aber %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not corrected: %2</source>
        <translation>&apos;%1&apos; wurde nicht korrigiert: %2</translation>
    </message>
    <message>
        <source>the exported %1 does not match the result: page %2 has %3 words there and %4 in the result</source>
        <translation>die exportierte %1-Datei stimmt nicht mit dem Ergebnis überein: Seite %2 hat dort %3 Wörter und im Ergebnis %4</translation>
    </message>
</context>
<context>
    <name>sluice::AlertNotifier</name>
    <message>
        <source>Sluice</source>
        <translation>Sluice</translation>
    </message>
</context>
<context>
    <name>sluice::ArchiveBudget</name>
    <message>
        <source>the archive has more than %1 members (max_members)</source>
        <translation>das Archiv hat mehr als %1 Einträge (max_members)</translation>
    </message>
    <message>
        <source>its declared size of %1 bytes would take the archive over %2 bytes (max_total_size)</source>
        <translation>mit seiner angegebenen Größe von %1 Bytes würde das Archiv %2 Bytes überschreiten (max_total_size)</translation>
    </message>
    <message>
        <source>the archive expands to more than %1 bytes (max_total_size)</source>
        <translation>das Archiv entpackt sich zu mehr als %1 Bytes (max_total_size)</translation>
    </message>
    <message>
        <source>the archive expands more than %1 times its compressed size (max_ratio): %2 bytes from %3</source>
        <translation>das Archiv entpackt sich zu mehr als dem %1-Fachen seiner komprimierten Größe (max_ratio): %2 Bytes aus %3</translation>
    </message>
</context>
<context>
    <name>sluice::ArchiveBuilder</name>
    <message>
        <source>cannot set up the archive writer: %1</source>
        <translation>das Schreiben des Archivs kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>cannot start writing the archive: %1</source>
        <translation>das Schreiben des Archivs kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>member &quot;%1&quot;: cannot open %2: %3</source>
        <translation>Eintrag „%1“: %2 kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>member &quot;%1&quot;: cannot write its header: %2</source>
        <translation>Eintrag „%1“: sein Header kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>member &quot;%1&quot;: cannot write its data: %2</source>
        <translation>Eintrag „%1“: seine Daten können nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>member &quot;%1&quot;: cannot read %2: %3</source>
        <translation>Eintrag „%1“: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>member &quot;%1&quot;: %2 grew while it was being archived</source>
        <translation>Eintrag „%1“: %2 ist während der Archivierung gewachsen</translation>
    </message>
    <message>
        <source>member &quot;%1&quot;: %2 shrank while it was being archived</source>
        <translation>Eintrag „%1“: %2 ist während der Archivierung geschrumpft</translation>
    </message>
    <message>
        <source>member &quot;%1&quot;: cannot finish it: %2</source>
        <translation>Eintrag „%1“ kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>cannot finish the archive: %1</source>
        <translation>das Archiv kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>verification: cannot open the archive: %1</source>
        <translation>Prüfung: das Archiv kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>verification: cannot read member %1: %2</source>
        <translation>Prüfung: Eintrag %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>verification: the archive holds more members than the %1 written</source>
        <translation>Prüfung: das Archiv enthält mehr Einträge als die %1 geschriebenen</translation>
    </message>
    <message>
        <source>verification: member %1 is named &quot;%2&quot; instead of &quot;%3&quot;</source>
        <translation>Prüfung: Eintrag %1 heißt „%2“ statt „%3“</translation>
    </message>
    <message>
        <source>verification: member &quot;%1&quot; cannot be read back: %2</source>
        <translation>Prüfung: Eintrag „%1“ kann nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>verification: member &quot;%1&quot; has a gap at byte %2</source>
        <translation>Prüfung: Eintrag „%1“ hat eine Lücke bei Byte %2</translation>
    </message>
    <message>
        <source>verification: member &quot;%1&quot; reads back as %2 bytes instead of %3</source>
        <translation>Prüfung: Eintrag „%1“ ergibt beim Zurücklesen %2 statt %3 Bytes</translation>
    </message>
    <message>
        <source>verification: member &quot;%1&quot; reads back with a different SHA-256</source>
        <translation>Prüfung: Eintrag „%1“ ergibt beim Zurücklesen eine andere SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <source>verification: the archive holds %1 members instead of %2</source>
        <translation>Prüfung: das Archiv enthält %1 statt %2 Einträge</translation>
    </message>
</context>
<context>
    <name>sluice::ArchiveCreateStage</name>
    <message>
        <source>Create archive</source>
        <translation>Archiv erstellen</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Archive format.</source>
        <translation>Archivformat.</translation>
    </message>
    <message>
        <source>Compression level: 0 stores (zip) or compresses fastest, 9 compresses most.</source>
        <translation>Kompressionsstufe: 0 speichert unkomprimiert (zip) bzw. komprimiert am schnellsten, 9 komprimiert am stärksten.</translation>
    </message>
    <message>
        <source>Archive every file below this folder instead of the item.</source>
        <translation>Statt des Elements jede Datei unterhalb dieses Ordners archivieren.</translation>
    </message>
    <message>
        <source>Where the archive is written; empty: next to the item, or next to the folder.</source>
        <translation>Wohin das Archiv geschrieben wird; leer: neben das Element bzw. neben den Ordner.</translation>
    </message>
    <message>
        <source>Archive file name without extension; empty: the item&apos;s or the folder&apos;s name.</source>
        <translation>Dateiname des Archivs ohne Endung; leer: der Name des Elements bzw. des Ordners.</translation>
    </message>
    <message>
        <source>Add _manifest.json with the size and SHA-256 of every member.</source>
        <translation>_manifest.json mit Größe und SHA-256-Prüfsumme jedes Eintrags hinzufügen.</translation>
    </message>
    <message>
        <source>Read the archive back and compare every member&apos;s SHA-256 before publishing it.</source>
        <translation>Das Archiv vor dem Bereitstellen zurücklesen und die SHA-256-Prüfsumme jedes Eintrags vergleichen.</translation>
    </message>
    <message>
        <source>format: unknown archive format &quot;%1&quot;</source>
        <translation>format: unbekanntes Archivformat „%1“</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; refused: %2</source>
        <translation>Eintrag „%1“ abgewiesen: %2</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; would clash with the manifest; turn the manifest off or rename the file</source>
        <translation>Eintrag „%1“ würde mit dem Manifest kollidieren; schalten Sie das Manifest ab oder benennen Sie die Datei um</translation>
    </message>
    <message>
        <source>folder: %1 is not a folder</source>
        <translation>folder: %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>folder: %1 holds no files</source>
        <translation>folder: %1 enthält keine Dateien</translation>
    </message>
    <message>
        <source>cannot open %1: not a regular file</source>
        <translation>%1 kann nicht geöffnet werden: keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>der Ausgabeordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>in %1 kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot flush %1: %2</source>
        <translation>%1 kann nicht vollständig geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot publish %1: %2</source>
        <translation>%1 kann nicht bereitgestellt werden: %2</translation>
    </message>
    <message>
        <source>cannot find a free name for %1 in %2</source>
        <translation>in %2 ist kein freier Name für %1 zu finden</translation>
    </message>
    <message>
        <source>items: &quot;%1&quot; is outside the base folder %2</source>
        <translation>items: „%1“ liegt außerhalb des Basisordners %2</translation>
    </message>
    <message>
        <source>items: the pattern &quot;%1&quot; matches no file in %2</source>
        <translation>items: das Muster „%1“ passt auf keine Datei in %2</translation>
    </message>
    <message>
        <source>items: &quot;%1&quot; is a symbolic link, which is not archived</source>
        <translation>items: „%1“ ist eine symbolische Verknüpfung; diese werden nicht archiviert</translation>
    </message>
    <message>
        <source>items: the folder &quot;%1&quot; holds no files</source>
        <translation>items: der Ordner „%1“ enthält keine Dateien</translation>
    </message>
    <message>
        <source>items: &quot;%1&quot; does not exist in %2</source>
        <translation>items: „%1“ existiert nicht in %2</translation>
    </message>
    <message>
        <source>Packs the file, a whole folder or a list of files, folders and patterns into a zip, tar, tar.gz, tar.bz2 or tar.xz archive with relative names and an optional SHA-256 manifest, re-reads every member to verify it and publishes the archive atomically without overwriting anything.</source>
        <translation>Packt die Datei, einen ganzen Ordner oder eine Liste von Dateien, Ordnern und Mustern in ein zip-, tar-, tar.gz-, tar.bz2- oder tar.xz-Archiv mit relativen Namen und optionalem SHA-256-Manifest, liest jeden Eintrag zur Prüfung erneut und veröffentlicht das Archiv atomar, ohne etwas zu überschreiben.</translation>
    </message>
    <message>
        <source>Archive only these, relative to the base folder (the folder parameter, or the item&apos;s folder when that is empty): files, folders (with everything below them) or wildcard patterns such as *.pdf or scans/*.tif (* does not cross &apos;/&apos;). Names in the archive stay relative to the base folder; anything outside it is refused.</source>
        <translation>Nur diese archivieren, relativ zum Basisordner (dem Parameter folder oder, wenn dieser leer ist, dem Ordner des Elements): Dateien, Ordner (mit allem darunter) oder Platzhaltermuster wie *.pdf oder scans/*.tif (* überschreitet kein &apos;/&apos;). Namen im Archiv bleiben relativ zum Basisordner; alles außerhalb wird abgelehnt.</translation>
    </message>
</context>
<context>
    <name>sluice::ArchiveExtractStage</name>
    <message>
        <source>Extract archive</source>
        <translation>Archiv entpacken</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Lists and extracts zip, tar (gz, bz2, xz), 7z, rar and single compressed files into their own folder, refusing path traversal, links that leave the folder, devices and decompression bombs; extracted files can be fed back into the pipeline.</source>
        <translation>Listet und entpackt zip, tar (gz, bz2, xz), 7z, rar und einzeln komprimierte Dateien in einen eigenen Ordner und weist dabei Path Traversal, aus dem Ordner hinausführende Links, Gerätedateien und Dekompressionsbomben ab; entpackte Dateien können wieder in die Pipeline eingespeist werden.</translation>
    </message>
    <message>
        <source>Folder that receives &lt;archive name&gt;/; empty means the application data folder&apos;s &quot;extracted&quot;.</source>
        <translation>Ordner, in dem &lt;Archivname&gt;/ angelegt wird; leer bedeutet den Unterordner „extracted“ im Datenordner der Anwendung.</translation>
    </message>
    <message>
        <source>Run every extracted file through the pipeline as an item of its own.</source>
        <translation>Jede entpackte Datei als eigenes Element durch die Pipeline schicken.</translation>
    </message>
    <message>
        <source>Password for encrypted members.</source>
        <translation>Passwort für verschlüsselte Einträge.</translation>
    </message>
    <message>
        <source>Only extract files whose path or name matches one of these globs (empty: all).</source>
        <translation>Nur Dateien entpacken, deren Pfad oder Name auf eines dieser Glob-Muster passt (leer: alle).</translation>
    </message>
    <message>
        <source>Never extract files whose path or name matches.</source>
        <translation>Dateien, deren Pfad oder Name passt, nie entpacken.</translation>
    </message>
    <message>
        <source>Zip names without the UTF-8 flag: guess (UTF-8 when valid, else CP437), cp437 (the zip specification) or utf8.</source>
        <translation>ZIP-Namen ohne UTF-8-Flag: guess (UTF-8, wenn gültig, sonst CP437), cp437 (laut ZIP-Spezifikation) oder utf8.</translation>
    </message>
    <message>
        <source>Stop when the members together expand beyond this (0: no limit).</source>
        <translation>Abbrechen, wenn die Einträge zusammen auf mehr als diesen Wert entpackt werden (0: keine Grenze).</translation>
    </message>
    <message>
        <source>Stop when the output grows beyond this many times the archive bytes read (checked after the first MiB; 0: no limit).</source>
        <translation>Abbrechen, wenn die Ausgabe größer wird als dieses Vielfache der gelesenen Archivbytes (geprüft nach dem ersten MiB; 0: keine Grenze).</translation>
    </message>
    <message>
        <source>Stop at more members than this (0: no limit).</source>
        <translation>Abbrechen, wenn das Archiv mehr Einträge als diesen Wert hat (0: keine Grenze).</translation>
    </message>
    <message>
        <source>Do not open an archive that was itself extracted this many levels deep.</source>
        <translation>Kein Archiv öffnen, das selbst in dieser Verschachtelungstiefe entpackt wurde.</translation>
    </message>
    <message>
        <source>%1: must be a list of globs</source>
        <translation>%1: muss eine Liste von Glob-Mustern sein</translation>
    </message>
    <message>
        <source>%1: every glob must be a non-empty string</source>
        <translation>%1: jedes Glob-Muster muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>cannot open %1: not a regular file</source>
        <translation>%1 kann nicht geöffnet werden: keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot create the extraction folder %1</source>
        <translation>der Zielordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation>in %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot move the extracted files to %1: %2</source>
        <translation>die entpackten Dateien können nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>cannot find a free folder name for %1 in %2</source>
        <translation>in %2 ist kein freier Ordnername für %1 zu finden</translation>
    </message>
    <message>
        <source>Encrypted members that cannot be decrypted (no or a wrong password): skip (extract the others, list each with its reason and mark the result partial; the item fails only when nothing could be extracted) or refuse (the whole archive fails and nothing is kept).</source>
        <translation>Verschlüsselte Einträge, die nicht entschlüsselt werden können (kein oder falsches Passwort): skip (die anderen entpacken, jeden mit Grund auflisten und das Ergebnis als unvollständig markieren; das Element schlägt nur fehl, wenn nichts entpackt werden konnte) oder refuse (das ganze Archiv schlägt fehl und nichts wird behalten).</translation>
    </message>
    <message>
        <source>%1: nothing could be extracted: %2</source>
        <translation>%1: nichts konnte entpackt werden: %2</translation>
    </message>
    <message>
        <source>Skip members larger than this (0: no limit); the item then ends with a warning listing them.</source>
        <translation>Einträge überspringen, die größer als dieser Wert sind (0: keine Grenze); das Element endet dann mit einer Warnung, die sie auflistet.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) not extracted: %1</source>
        <translation>
            <numerusform>%n Eintrag nicht entpackt: %1</numerusform>
            <numerusform>%n Einträge nicht entpackt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a later extraction of this archive will not replace this folder: cannot record it (%1)</source>
        <translation>ein späteres Entpacken dieses Archivs wird diesen Ordner nicht ersetzen: er kann nicht vermerkt werden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not opened: it was extracted from %n nested archive(s), and max_nesting = %2 stops at archives found inside that many others</source>
        <translation>
            <numerusform>%1 wird nicht geöffnet: Es wurde aus %n verschachteltem Archiv entpackt, und max_nesting = %2 hält bei Archiven an, die in so vielen anderen liegen</numerusform>
            <numerusform>%1 wird nicht geöffnet: Es wurde aus %n verschachtelten Archiven entpackt, und max_nesting = %2 hält bei Archiven an, die in so vielen anderen liegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::ArchiveExtractor</name>
    <message>
        <source>member %1 refused: %2</source>
        <translation>Eintrag %1 abgewiesen: %2</translation>
    </message>
    <message>
        <source>the extraction folder %1 does not exist</source>
        <translation>der Zielordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot open %1 as an archive: %2</source>
        <translation>%1 kann nicht als Archiv geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>its folder %1 clashes with another member of that name</source>
        <translation>sein Ordner %1 kollidiert mit einem anderen Eintrag dieses Namens</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot read %1 as an archive: %2</source>
        <translation>%1 kann nicht als Archiv gelesen werden: %2</translation>
    </message>
    <message>
        <source>the archive is damaged after member %1: %2</source>
        <translation>das Archiv ist nach Eintrag %1 beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is not an archive or compressed file that libarchive can read</source>
        <translation>%1 ist weder ein Archiv noch eine komprimierte Datei, die libarchive lesen kann</translation>
    </message>
    <message>
        <source>the zip central directory cannot be read (%1): names and sizes come from the local headers</source>
        <translation>das zentrale Verzeichnis der ZIP-Datei kann nicht gelesen werden (%1): Namen und Größen stammen aus den lokalen Headern</translation>
    </message>
    <message>
        <source>the archive holds more entries than its central directory lists</source>
        <translation>das Archiv enthält mehr Einträge, als sein zentrales Verzeichnis aufführt</translation>
    </message>
    <message>
        <source>its local header names it %1 but the central directory says %2 (tools would disagree on what it is)</source>
        <translation>laut seinem lokalen Header heißt er %1, laut zentralem Verzeichnis aber %2 (Programme würden ihn unterschiedlich deuten)</translation>
    </message>
    <message>
        <source>member %1: characters not allowed in file names were replaced by &apos;_&apos;</source>
        <translation>Eintrag %1: in Dateinamen unzulässige Zeichen wurden durch &apos;_&apos; ersetzt</translation>
    </message>
    <message>
        <source>it is a %1, which is never extracted</source>
        <translation>er ist vom Typ „%1“, der nie entpackt wird</translation>
    </message>
    <message>
        <source>member %1: setuid/setgid/sticky bits removed</source>
        <translation>Eintrag %1: setuid-/setgid-/Sticky-Bits entfernt</translation>
    </message>
    <message>
        <source>not extracted: the archive was refused</source>
        <translation>nicht entpackt: das Archiv wurde abgewiesen</translation>
    </message>
    <message>
        <source>excluded by the include/exclude globs</source>
        <translation>durch die include/exclude-Glob-Muster ausgeschlossen</translation>
    </message>
    <message>
        <source>it is encrypted and no password is configured (set the stage&apos;s password parameter)</source>
        <translation>er ist verschlüsselt und es ist kein Passwort eingestellt (setzen Sie den Parameter password der Stufe)</translation>
    </message>
    <message>
        <source>larger than %1 bytes (max_member_size)</source>
        <translation>größer als %1 Bytes (max_member_size)</translation>
    </message>
    <message>
        <source>member %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>member %1 occurs more than once (or clashes with another name): written as %2</source>
        <translation>Eintrag %1 kommt mehrfach vor (oder kollidiert mit einem anderen Namen): als %2 geschrieben</translation>
    </message>
    <message>
        <source>it is a hard link to %1, which is not a file extracted earlier from this archive</source>
        <translation>er ist ein harter Link auf %1; dies ist keine zuvor aus diesem Archiv entpackte Datei</translation>
    </message>
    <message>
        <source>cannot create the hard link %1: %2</source>
        <translation>der harte Link %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>it cannot be decrypted with the configured password (%1)</source>
        <translation>er kann mit dem eingestellten Passwort nicht entschlüsselt werden (%1)</translation>
    </message>
    <message>
        <source>its data cannot be read: %1</source>
        <translation>seine Daten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot seek in %1: %2</source>
        <translation>in %1 kann nicht positioniert werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>member %1: cannot write %2: %3</source>
        <translation>Eintrag %1: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>cannot create the symbolic link %1: %2</source>
        <translation>der symbolische Link %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>its link target %1 resolves outside the extraction folder (through other links)</source>
        <translation>sein Linkziel %1 liegt (über andere Links) außerhalb des Zielordners</translation>
    </message>
    <message>
        <source>cannot open the extraction folder %1: %2</source>
        <translation>der Zielordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it contains a &apos;..&apos; component that leaves the extraction folder</source>
        <translation>er enthält eine &apos;..&apos;-Komponente, die aus dem Zielordner hinausführt</translation>
    </message>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>sluice::ArchivePathGuard</name>
    <message>
        <source>it has an empty name</source>
        <translation>er hat einen leeren Namen</translation>
    </message>
    <message>
        <source>it is an absolute path</source>
        <translation>er ist ein absoluter Pfad</translation>
    </message>
    <message>
        <source>it starts with a drive letter</source>
        <translation>er beginnt mit einem Laufwerksbuchstaben</translation>
    </message>
    <message>
        <source>it contains a &apos;..&apos; component that leaves the extraction folder</source>
        <translation>er enthält eine &apos;..&apos;-Komponente, die aus dem Zielordner hinausführt</translation>
    </message>
    <message>
        <source>it contains a drive letter</source>
        <translation>er enthält einen Laufwerksbuchstaben</translation>
    </message>
    <message>
        <source>it names no file (only &apos;.&apos; or separators)</source>
        <translation>er benennt keine Datei (nur &apos;.&apos; oder Trennzeichen)</translation>
    </message>
    <message>
        <source>its link target is empty</source>
        <translation>sein Linkziel ist leer</translation>
    </message>
    <message>
        <source>its link target &quot;%1&quot; is an absolute path</source>
        <translation>sein Linkziel „%1“ ist ein absoluter Pfad</translation>
    </message>
    <message>
        <source>its link target &quot;%1&quot; points outside the extraction folder</source>
        <translation>sein Linkziel „%1“ zeigt aus dem Zielordner hinaus</translation>
    </message>
</context>
<context>
    <name>sluice::BackupStage</name>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Copies the file into a dated backup folder (&lt;folder&gt;/YYYY-MM-DD/&lt;relative path&gt;), verified by size and SHA-256.</source>
        <translation>Kopiert die Datei in einen datierten Sicherungsordner (&lt;folder&gt;/JJJJ-MM-TT/&lt;relativer Pfad&gt;), geprüft über Größe und SHA-256.</translation>
    </message>
    <message>
        <source>Backup folder; each day gets a subfolder YYYY-MM-DD.</source>
        <translation>Sicherungsordner; jeder Tag erhält einen Unterordner JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>sluice::BatchModel</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
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
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Done with warnings</source>
        <translation>Fertig mit Warnungen</translation>
    </message>
</context>
<context>
    <name>sluice::BatchPanel</name>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Pipeline:</translation>
    </message>
    <message>
        <source>Pipeline for files dropped on the window</source>
        <translation>Pipeline für Dateien, die auf das Fenster gezogen werden</translation>
    </message>
    <message>
        <source>Files at once:</source>
        <translation>Dateien gleichzeitig:</translation>
    </message>
    <message>
        <source>Worker threads for batches; the default is the number of cores</source>
        <translation>Arbeitsthreads für Stapel; Vorgabe ist die Anzahl der Kerne</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Double-click a failure to show its result</source>
        <translation>Doppelklicken Sie auf einen Fehler, um sein Ergebnis anzuzeigen</translation>
    </message>
    <message>
        <source>Open the folder of the selected failed file</source>
        <translation>Den Ordner der ausgewählten fehlgeschlagenen Datei öffnen</translation>
    </message>
    <message>
        <source>%1 (watch folders&apos; pipeline)</source>
        <translation>%1 (Pipeline der Überwachungsordner)</translation>
    </message>
    <message>
        <source>Cannot start the batch</source>
        <translation>Der Stapel kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Drop files or folders on the window to process them as a batch.</source>
        <translation>Ziehen Sie Dateien oder Ordner auf das Fenster, um sie als Stapel zu verarbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 von %n Datei</numerusform>
            <numerusform>%1 von %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation>verbleibende Zeit wird geschätzt…</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>Done in %1: %2 succeeded, %3 failed, %4 canceled, %5 skipped — %6 files/s, %7 MB/s.</source>
        <translation>Fertig in %1: %2 erfolgreich, %3 fehlgeschlagen, %4 abgebrochen, %5 übersprungen — %6 Dateien/s, %7 MB/s.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed — double-click one to see its result:</source>
        <translation>
            <numerusform>%n Datei ist fehlgeschlagen — doppelklicken Sie darauf, um ihr Ergebnis zu sehen:</numerusform>
            <numerusform>%n Dateien sind fehlgeschlagen — doppelklicken Sie auf eine, um ihr Ergebnis zu sehen:</numerusform>
        </translation>
    </message>
    <message>
        <source>No failures.</source>
        <translation>Keine Fehler.</translation>
    </message>
    <message>
        <source>Canceled after %1: %2 succeeded, %3 failed, %4 canceled, %5 skipped — %6 files/s, %7 MB/s.</source>
        <translation>Abgebrochen nach %1: %2 erfolgreich, %3 fehlgeschlagen, %4 abgebrochen, %5 übersprungen — %6 Dateien/s, %7 MB/s.</translation>
    </message>
</context>
<context>
    <name>sluice::BatchRun</name>
    <message>
        <source>the file name is not valid UTF-8, so it cannot be opened; rename it</source>
        <translation>der Dateiname ist kein gültiges UTF-8, daher kann die Datei nicht geöffnet werden; benennen Sie sie um</translation>
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
    <name>sluice::CopyStage</name>
    <message>
        <source>Target folder.</source>
        <translation>Zielordner.</translation>
    </message>
    <message>
        <source>Name template, &apos;/&apos; for subfolders; fields: %1.</source>
        <translation>Namensvorlage, &apos;/&apos; für Unterordner; Felder: %1.</translation>
    </message>
    <message>
        <source>the target folder is empty</source>
        <translation>der Zielordner ist leer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Copies the file into a folder under a name made from a template, verified by size and SHA-256 before it gets its name.</source>
        <translation>Kopiert die Datei in einen Ordner unter einem Namen aus einer Vorlage, geprüft über Größe und SHA-256, bevor sie ihren Namen erhält.</translation>
    </message>
</context>
<context>
    <name>sluice::DeleteStage</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Deletes the source file, but only when an earlier node verified a copy of it with the same SHA-256; refuses otherwise.</source>
        <translation>Löscht die Quelldatei, aber nur, wenn ein früherer Knoten eine Kopie davon mit demselben SHA-256 geprüft hat; verweigert es sonst.</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>refusing to delete %1: no earlier node of this pipeline verified a copy of it (put copy, backup, move or an upload before delete)</source>
        <translation>Löschen von %1 verweigert: kein früherer Knoten dieser Pipeline hat eine Kopie davon geprüft (setzen Sie copy, backup, move oder einen Upload vor delete)</translation>
    </message>
    <message>
        <source>the copy made by node &apos;%1&apos; has SHA-256 %2, the file now %3 (it changed since)</source>
        <translation>die von Knoten &apos;%1&apos; erstellte Kopie hat SHA-256 %2, die Datei jetzt %3 (sie hat sich seitdem geändert)</translation>
    </message>
    <message>
        <source>the copy %1 made by node &apos;%2&apos; is gone or has another size</source>
        <translation>die von Knoten &apos;%2&apos; erstellte Kopie %1 ist verschwunden oder hat eine andere Größe</translation>
    </message>
    <message>
        <source>refusing to delete %1: %2</source>
        <translation>Löschen von %1 verweigert: %2</translation>
    </message>
</context>
<context>
    <name>sluice::DocumentPreviewTab</name>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitennummer</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the page width into the view</source>
        <translation>Seitenbreite an die Ansicht anpassen</translation>
    </message>
    <message>
        <source>Search the text</source>
        <translation>Text durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Text of the page</source>
        <translation>Text der Seite</translation>
    </message>
    <message>
        <source>This page has no text layer.</source>
        <translation>Diese Seite hat keine Textebene.</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Table %1 on page %2: %3 × %4</source>
        <translation>Tabelle %1 auf Seite %2: %3 × %4</translation>
    </message>
    <message>
        <source>Tables (%1)</source>
        <translation>Tabellen (%1)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird gerendert…</translation>
    </message>
    <message>
        <source>The page cannot be shown: %1</source>
        <translation>Die Seite kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Shown at a lower resolution: the page is too large to render at this zoom.</source>
        <translation>In geringerer Auflösung angezeigt: die Seite ist zu groß, um sie in dieser Zoomstufe zu rendern.</translation>
    </message>
    <message>
        <source>%1 here, %2 in all</source>
        <translation>%1 hier, %2 insgesamt</translation>
    </message>
</context>
<context>
    <name>sluice::DocxReader</name>
    <message>
        <source>the part %1 is empty</source>
        <translation>der Teil %1 ist leer</translation>
    </message>
    <message>
        <source>corrupt .docx: %1 is not well-formed XML: %2 (line %3, column %4)</source>
        <translation>beschädigte .docx-Datei: %1 ist kein wohlgeformtes XML: %2 (Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>not a Word document: an Office package of another kind (spreadsheet or presentation)</source>
        <translation>kein Word-Dokument: ein Office-Paket anderer Art (Tabellendokument oder Präsentation)</translation>
    </message>
    <message>
        <source>not a Word document: the zip package has no main document part (word/document.xml)</source>
        <translation>kein Word-Dokument: das ZIP-Paket hat keinen Hauptdokumentteil (word/document.xml)</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not a Word document: %1 has no w:body element (neither the transitional nor the strict WordprocessingML namespace)</source>
        <translation>kein Word-Dokument: %1 hat kein w:body-Element (weder im Transitional- noch im Strict-Namensraum von WordprocessingML)</translation>
    </message>
</context>
<context>
    <name>sluice::DocxStage</name>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Reads a Word document (.docx) to structure: headings, paragraphs with their styles and formatted runs, lists, tables with merged cells, headers and footers, footnotes, comments, text boxes, hyperlinks, tracked changes, sections and document properties.</source>
        <translation>Liest ein Word-Dokument (.docx) strukturiert aus: Überschriften, Absätze mit ihren Formatvorlagen und formatierten Textabschnitten, Listen, Tabellen mit verbundenen Zellen, Kopf- und Fußzeilen, Fußnoten, Kommentare, Textfelder, Hyperlinks, nachverfolgte Änderungen, Abschnitte und Dokumenteigenschaften.</translation>
    </message>
    <message>
        <source>List the formatted runs (bold, italic, font, size) of each paragraph; turn off to keep results small.</source>
        <translation>Die formatierten Textabschnitte (fett, kursiv, Schriftart, Größe) jedes Absatzes auflisten; ausschalten, um die Ergebnisse klein zu halten.</translation>
    </message>
</context>
<context>
    <name>sluice::DryRun</name>
    <message>
        <source>cannot read &apos;%1&apos;</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>sluice::DryRunDialog</name>
    <message>
        <source>Dry run — %1</source>
        <translation>Probelauf — %1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <source>Nodes that would run</source>
        <translation>Knoten, die laufen würden</translation>
    </message>
    <message>
        <source>No stage runs: branches are chosen from each file&apos;s type, name and size. Conditions on results of earlier nodes are decided at run time.</source>
        <translation>Es läuft keine Stufe: Zweige werden nach Typ, Name und Größe jeder Datei gewählt. Bedingungen auf Ergebnisse früherer Knoten werden zur Laufzeit entschieden.</translation>
    </message>
    <message>
        <source>Folder to plan</source>
        <translation>Zu planender Ordner</translation>
    </message>
    <message>
        <source>Planning the files in %1…</source>
        <translation>Die Dateien in %1 werden geplant…</translation>
    </message>
    <message>
        <source>%1 → decided at run time</source>
        <translation>%1 → wird zur Laufzeit entschieden</translation>
    </message>
    <message>
        <source>(no route)</source>
        <translation>(keine Verteilung)</translation>
    </message>
    <message>
        <source>Nodes marked ? run only if the run-time condition sends the file there.</source>
        <translation>Mit ? markierte Knoten laufen nur, wenn die Laufzeitbedingung die Datei dorthin schickt.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) planned, no stage run.</source>
        <translation>
            <numerusform>%n Datei geplant, keine Stufe ausgeführt.</numerusform>
            <numerusform>%n Dateien geplant, keine Stufe ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source> Only the first %1 files are shown.</source>
        <translation> Nur die ersten %1 Dateien werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>sluice::EditorScene</name>
    <message>
        <source>Connection refused: connect an output to an input</source>
        <translation>Verbindung abgelehnt: verbinden Sie einen Ausgang mit einem Eingang</translation>
    </message>
    <message>
        <source>Connection refused: %1</source>
        <translation>Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Connected %1.%2 → %3.%4</source>
        <translation>%1.%2 → %3.%4 verbunden</translation>
    </message>
</context>
<context>
    <name>sluice::ErrorFolder</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
    <message>
        <source>%1 (earlier session)</source>
        <translation>%1 (frühere Sitzung)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
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
        <source>Load Earlier Events</source>
        <translation>Frühere Ereignisse laden</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>Überwachungsordner</translation>
    </message>
    <message>
        <source>Show the events of one watch folder</source>
        <translation>Die Ereignisse eines Überwachungsordners anzeigen</translation>
    </message>
    <message>
        <source>Show events of earlier sessions, kept in the state database</source>
        <translation>Ereignisse früherer Sitzungen anzeigen, die in der Zustandsdatenbank gespeichert sind</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Alle Ordner</translation>
    </message>
    <message>
        <source>Outside watch folders</source>
        <translation>Außerhalb von Überwachungsordnern</translation>
    </message>
    <message>
        <source>Files dropped on the window or opened, and messages of the application</source>
        <translation>Auf das Fenster gezogene oder geöffnete Dateien und Meldungen der Anwendung</translation>
    </message>
    <message>
        <source>Event Log Full</source>
        <translation>Ereignisprotokoll voll</translation>
    </message>
    <message>
        <source>No Earlier Events</source>
        <translation>Keine früheren Ereignisse</translation>
    </message>
    <message>
        <source>%1 from earlier sessions</source>
        <translation>%1 aus früheren Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Ereignis angezeigt</numerusform>
            <numerusform>%1 von %Ln Ereignissen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the log keeps the newest %1; %Ln older event(s) were dropped</source>
        <translation>
            <numerusform>das Protokoll behält die neuesten %1; %Ln älteres Ereignis wurde verworfen</numerusform>
            <numerusform>das Protokoll behält die neuesten %1; %Ln ältere Ereignisse wurden verworfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::EventLogView</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
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
        <source>Content changed</source>
        <translation>Inhalt geändert</translation>
    </message>
</context>
<context>
    <name>sluice::EventTypeFilterButton</name>
    <message>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>Show only some types of event</source>
        <translation>Nur einige Ereignistypen anzeigen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>No types</source>
        <translation>Keine Typen</translation>
    </message>
    <message>
        <source>%1 types</source>
        <translation>%1 Typen</translation>
    </message>
</context>
<context>
    <name>sluice::ExtractionRegistry</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>sluice::FolderWatcher</name>
    <message>
        <source>polling (set in the watch folder&apos;s settings)</source>
        <translation>Abfrage (in den Einstellungen des Überwachungsordners festgelegt)</translation>
    </message>
    <message>
        <source>on a network file system (%1): changes made elsewhere cannot be notified, so the folder is polled every %2 s</source>
        <translation>auf einem Netzwerkdateisystem (%1): anderswo vorgenommene Änderungen können nicht gemeldet werden, daher wird der Ordner alle %2 s abgefragt</translation>
    </message>
    <message>
        <source>the folder does not exist or is not a folder; watching for it to appear</source>
        <translation>der Ordner existiert nicht oder ist kein Ordner; es wird auf sein Erscheinen gewartet</translation>
    </message>
    <message>
        <source>cannot read the folder: %1</source>
        <translation>der Ordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The watched folder is back; watching again</source>
        <translation>Der überwachte Ordner ist wieder da; er wird wieder überwacht</translation>
    </message>
    <message>
        <source>the inotify watch limit fs.inotify.max_user_watches (%1) is reached; further folders are polled every %2 s, nothing is missed. Raise it with: sudo sysctl fs.inotify.max_user_watches=524288 (and a file in /etc/sysctl.d/ to keep it)</source>
        <translation>das inotify-Limit fs.inotify.max_user_watches (%1) ist erreicht; weitere Ordner werden alle %2 s abgefragt, nichts geht verloren. Erhöhen Sie es mit: sudo sysctl fs.inotify.max_user_watches=524288 (und einer Datei in /etc/sysctl.d/, damit es bestehen bleibt)</translation>
    </message>
    <message>
        <source>no change notifications for this folder (%1); it is polled every %2 s</source>
        <translation>keine Änderungsbenachrichtigungen für diesen Ordner (%1); er wird alle %2 s abgefragt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Cannot read this folder (%1); its files are not seen until it is readable</source>
        <translation>Dieser Ordner kann nicht gelesen werden (%1); seine Dateien werden erst gesehen, wenn er lesbar ist</translation>
    </message>
    <message>
        <source>A name in this folder is not valid in the file-name encoding and is skipped: %1</source>
        <translation>Ein Name in diesem Ordner ist in der Dateinamenkodierung nicht gültig und wird übersprungen: %1</translation>
    </message>
    <message>
        <source>Too many changes at once for the kernel&apos;s notification queue; every folder is rescanned so that nothing is missed</source>
        <translation>Zu viele Änderungen auf einmal für die Benachrichtigungswarteschlange des Kernels; alle Ordner werden neu eingelesen, damit nichts verloren geht</translation>
    </message>
    <message>
        <source>the watched folder was deleted or moved away; watching for it to come back</source>
        <translation>der überwachte Ordner wurde gelöscht oder verschoben; es wird auf seine Rückkehr gewartet</translation>
    </message>
    <message>
        <source>the watched folder no longer exists or cannot be read (%1); watching for it to come back</source>
        <translation>der überwachte Ordner existiert nicht mehr oder kann nicht gelesen werden (%1); es wird auf seine Rückkehr gewartet</translation>
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
    <name>sluice::HttpTransport</name>
    <message>
        <source>libcurl could not create a handle</source>
        <translation>libcurl konnte kein Handle anlegen</translation>
    </message>
    <message>
        <source>%1 ended early or could not be read while sending: %2</source>
        <translation>%1 endete vorzeitig oder konnte beim Senden nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>sluice::ImageAnalyzeStage</name>
    <message>
        <source>Image analysis</source>
        <translation>Bildanalyse</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Measures an image&apos;s sharpness, brightness, contrast and noise, finds its dominant colours, edges, corners and faces, computes perceptual hashes and finds duplicates among the images seen before in the same folder or batch.</source>
        <translation>Misst Schärfe, Helligkeit, Kontrast und Rauschen eines Bildes, findet seine dominanten Farben, Kanten, Ecken und Gesichter, berechnet perzeptuelle Hashes und findet Duplikate unter den zuvor im selben Ordner oder Stapel gesehenen Bildern.</translation>
    </message>
    <message>
        <source>Refuse images with more pixels than this (millions of pixels), without decoding them.</source>
        <translation>Bilder mit mehr Pixeln als diesen (in Millionen Pixeln) abweisen, ohne sie zu dekodieren.</translation>
    </message>
    <message>
        <source>MP</source>
        <translation>MP</translation>
    </message>
    <message>
        <source>Images whose variance of the Laplacian is below this are flagged as blurry.</source>
        <translation>Bilder, deren Laplace-Varianz unter diesem Wert liegt, werden als unscharf markiert.</translation>
    </message>
    <message>
        <source>Images whose mean brightness (0–255) is below this are flagged as dark.</source>
        <translation>Bilder, deren mittlere Helligkeit (0–255) unter diesem Wert liegt, werden als dunkel markiert.</translation>
    </message>
    <message>
        <source>Number of dominant colours to find.</source>
        <translation>Anzahl der zu findenden dominanten Farben.</translation>
    </message>
    <message>
        <source>Edges, corners and faces are found on a copy reduced to this longest side.</source>
        <translation>Kanten, Ecken und Gesichter werden auf einer Kopie gesucht, die auf diese längste Seite verkleinert ist.</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Detect faces with a Haar cascade.</source>
        <translation>Gesichter mit einer Haar-Kaskade erkennen.</translation>
    </message>
    <message>
        <source>OpenCV Haar cascade file used for face detection.</source>
        <translation>OpenCV-Haar-Kaskadendatei für die Gesichtserkennung.</translation>
    </message>
    <message>
        <source>Look for exact and near duplicates among the images analysed before in the same scope.</source>
        <translation>Unter den zuvor im selben Bereich analysierten Bildern nach exakten Duplikaten und Beinahe-Duplikaten suchen.</translation>
    </message>
    <message>
        <source>Largest Hamming distance between perceptual hashes that counts as a near duplicate.</source>
        <translation>Größte Hamming-Distanz zwischen perzeptuellen Hashes, die noch als Beinahe-Duplikat gilt.</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>Bit</translation>
    </message>
    <message>
        <source>Which perceptual hash decides near duplicates.</source>
        <translation>Welcher perzeptuelle Hash über Beinahe-Duplikate entscheidet.</translation>
    </message>
    <message>
        <source>Name of the set of images compared; empty: the watch folder, or the batch.</source>
        <translation>Name der Bildmenge, innerhalb derer verglichen wird; leer: der Überwachungsordner bzw. der Stapel.</translation>
    </message>
    <message>
        <source>Send images down the port &quot;unique&quot; or &quot;duplicate&quot; instead of &quot;out&quot;.</source>
        <translation>Bilder an den Ausgang „unique“ oder „duplicate“ statt an „out“ leiten.</translation>
    </message>
</context>
<context>
    <name>sluice::ImageBatchTab</name>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) from %1: %2 blurry, %3 duplicate(s)</source>
        <translation>
            <numerusform>%n Bild aus %1: %2 unscharf, %3 doppelt</numerusform>
            <numerusform>%n Bilder aus %1: %2 unscharf, %3 doppelt</numerusform>
        </translation>
    </message>
    <message>
        <source>this batch</source>
        <translation>diesem Stapel</translation>
    </message>
    <message>
        <source>BLURRY</source>
        <translation>UNSCHARF</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>DUPLIKAT</translation>
    </message>
</context>
<context>
    <name>sluice::ImageCompareView</name>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
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
    <message>
        <source>corrupt or truncated image: the PNG data ends before its IEND chunk</source>
        <translation>beschädigtes oder abgeschnittenes Bild: die PNG-Daten enden vor ihrem IEND-Chunk</translation>
    </message>
</context>
<context>
    <name>sluice::ImagePreviewTab</name>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>One picture: before left of the divider, after right of it</source>
        <translation>Ein Bild: links vom Trenner vorher, rechts davon nachher</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>No transformation in this pipeline: the original is shown.</source>
        <translation>Keine Bildbearbeitung in dieser Pipeline: das Original wird gezeigt.</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Schärfe</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Edge density</source>
        <translation>Kantendichte</translation>
    </message>
    <message>
        <source>Corners</source>
        <translation>Ecken</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <source>Hashes</source>
        <translation>Hashes</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplikat von</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Fit the pictures into the view and centre them</source>
        <translation>Die Bilder in die Ansicht einpassen und zentrieren</translation>
    </message>
    <message>
        <source>%1, %2, %3 bit</source>
        <translation>%1, %2, %3 Bit</translation>
    </message>
    <message>
        <source>%1 (blurry)</source>
        <translation>%1 (unscharf)</translation>
    </message>
    <message>
        <source>%1 (dark)</source>
        <translation>%1 (dunkel)</translation>
    </message>
</context>
<context>
    <name>sluice::ImageTransformStage</name>
    <message>
        <source>Image transform</source>
        <translation>Bildbearbeitung</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Resizes, sharpens, blurs, corrects colour and contrast, and writes the image as a new JPEG, PNG, WebP or TIFF file, keeping EXIF and ICC profile when asked; never over the source.</source>
        <translation>Skaliert, schärft, zeichnet weich, korrigiert Farbe und Kontrast und schreibt das Bild als neue JPEG-, PNG-, WebP- oder TIFF-Datei, auf Wunsch mit EXIF-Daten und ICC-Profil; nie über die Quelldatei.</translation>
    </message>
    <message>
        <source>How to resize: not at all, longest side, exact size, or percentage.</source>
        <translation>Art der Größenänderung: keine, längste Seite, exakte Größe oder Prozentsatz.</translation>
    </message>
    <message>
        <source>Longest side after resizing.</source>
        <translation>Längste Seite nach der Größenänderung.</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Width for an exact resize.</source>
        <translation>Breite bei exakter Größenänderung.</translation>
    </message>
    <message>
        <source>Height for an exact resize.</source>
        <translation>Höhe bei exakter Größenänderung.</translation>
    </message>
    <message>
        <source>Scale for a percentage resize.</source>
        <translation>Skalierung bei prozentualer Größenänderung.</translation>
    </message>
    <message>
        <source>Automatic white balance (gray world in Lab).</source>
        <translation>Automatischer Weißabgleich (Gray-World im Lab-Farbraum).</translation>
    </message>
    <message>
        <source>Added to every channel (gray levels).</source>
        <translation>Wird zu jedem Kanal addiert (in Graustufen).</translation>
    </message>
    <message>
        <source>Contrast factor around mid-gray; 1 keeps it.</source>
        <translation>Kontrastfaktor um mittleres Grau; 1 lässt ihn unverändert.</translation>
    </message>
    <message>
        <source>Saturation factor; 1 keeps it, 0 is gray.</source>
        <translation>Sättigungsfaktor; 1 lässt sie unverändert, 0 ergibt Grau.</translation>
    </message>
    <message>
        <source>Contrast-limited adaptive histogram equalisation of the lightness.</source>
        <translation>Kontrastbegrenzter adaptiver Histogrammausgleich (CLAHE) der Helligkeit.</translation>
    </message>
    <message>
        <source>CLAHE clip limit.</source>
        <translation>Clip-Grenze für CLAHE.</translation>
    </message>
    <message>
        <source>Gaussian blur radius (sigma); 0 is off.</source>
        <translation>Radius des Gaußschen Weichzeichners (Sigma); 0 ist aus.</translation>
    </message>
    <message>
        <source>Unsharp-mask amount; 0 is off.</source>
        <translation>Stärke der Unscharfmaskierung; 0 ist aus.</translation>
    </message>
    <message>
        <source>Enhance edges.</source>
        <translation>Kanten betonen.</translation>
    </message>
    <message>
        <source>Output format; &quot;same&quot; keeps the source&apos;s when it can be written, else PNG.</source>
        <translation>Ausgabeformat; „same“ behält das der Quelle bei, wenn es geschrieben werden kann, sonst PNG.</translation>
    </message>
    <message>
        <source>JPEG and WebP quality.</source>
        <translation>Qualität für JPEG und WebP.</translation>
    </message>
    <message>
        <source>PNG compression level.</source>
        <translation>PNG-Kompressionsstufe.</translation>
    </message>
    <message>
        <source>Keep the EXIF data and ICC profile (JPEG and PNG output).</source>
        <translation>EXIF-Daten und ICC-Profil beibehalten (bei JPEG- und PNG-Ausgabe).</translation>
    </message>
    <message>
        <source>Folder the new files are written to.</source>
        <translation>Ordner, in den die neuen Dateien geschrieben werden.</translation>
    </message>
    <message>
        <source>Output file name: {name}, {ext}, {width}, {height}.</source>
        <translation>Name der Ausgabedatei: {name}, {ext}, {width}, {height}.</translation>
    </message>
    <message>
        <source>Refuse images with more pixels than this (millions of pixels), without decoding them.</source>
        <translation>Bilder mit mehr Pixeln als diesen (in Millionen Pixeln) abweisen, ohne sie zu dekodieren.</translation>
    </message>
    <message>
        <source>MP</source>
        <translation>MP</translation>
    </message>
    <message>
        <source>name_template: must be a plain file name (no folders, no &quot;..&quot;)</source>
        <translation>name_template: muss ein einfacher Dateiname sein (keine Ordner, kein „..“)</translation>
    </message>
    <message>
        <source>output_dir is not set</source>
        <translation>output_dir ist nicht festgelegt</translation>
    </message>
    <message>
        <source>corrupt or truncated image: nothing was decoded</source>
        <translation>beschädigtes oder abgeschnittenes Bild: es wurde nichts dekodiert</translation>
    </message>
    <message>
        <source>cannot encode the image as %1: %2</source>
        <translation>das Bild kann nicht als %1 kodiert werden: %2</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>der Ausgabeordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>refused to write %1: it is the source file</source>
        <translation>%1 wird nicht geschrieben: es ist die Quelldatei</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
    <message>
        <source>Pipeline &amp;Editor…</source>
        <translation>Pipeline-&amp;Editor…</translation>
    </message>
    <message>
        <source>Draw, check and try pipelines in the visual editor (Ctrl+E)</source>
        <translation>Pipelines im visuellen Editor zeichnen, prüfen und ausprobieren (Strg+E)</translation>
    </message>
    <message>
        <source>Pipeline Editor…</source>
        <translation>Pipeline-Editor…</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Watch folder pipeline: %1</source>
        <translation>Pipeline der Überwachungsordner: %1</translation>
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
    <name>sluice::MoveStage</name>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Moves the file into a folder under a name made from a template: copies it, verifies the copy by size and SHA-256, and only then deletes the source. Works across drives.</source>
        <translation>Verschiebt die Datei in einen Ordner unter einem Namen aus einer Vorlage: kopiert sie, prüft die Kopie über Größe und SHA-256 und löscht erst dann die Quelle. Funktioniert laufwerksübergreifend.</translation>
    </message>
</context>
<context>
    <name>sluice::MultipartStateFile</name>
    <message>
        <source>cannot save the multipart upload state %1: %2</source>
        <translation>der Zustand des mehrteiligen Uploads %1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>sluice::NameTemplate</name>
    <message>
        <source>the name template is empty</source>
        <translation>die Namensvorlage ist leer</translation>
    </message>
    <message>
        <source>the name template must be a relative path with &apos;/&apos; between folders</source>
        <translation>die Namensvorlage muss ein relativer Pfad mit &apos;/&apos; zwischen Ordnern sein</translation>
    </message>
    <message>
        <source>unknown field {%1}; known fields: %2</source>
        <translation>unbekanntes Feld {%1}; bekannte Felder: %2</translation>
    </message>
    <message>
        <source>unbalanced &apos;{&apos; or &apos;}&apos; in the name template</source>
        <translation>unausgeglichene &apos;{&apos; oder &apos;}&apos; in der Namensvorlage</translation>
    </message>
    <message>
        <source>the name template gives &apos;%1&apos;, which is not a safe relative path</source>
        <translation>die Namensvorlage ergibt &apos;%1&apos;, was kein sicherer relativer Pfad ist</translation>
    </message>
    <message>
        <source>the name template gives an empty name for %1</source>
        <translation>die Namensvorlage ergibt einen leeren Namen für %1</translation>
    </message>
</context>
<context>
    <name>sluice::NodeItem</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
</context>
<context>
    <name>sluice::NodeOutputPanel</name>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not reached (another branch was taken)</source>
        <translation>nicht erreicht (ein anderer Zweig wurde genommen)</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try it&lt;/b&gt;&lt;br&gt;Choose a sample file with &lt;i&gt;Try it…&lt;/i&gt;; then click a node to see what it produced.</source>
        <translation>&lt;b&gt;Ausprobieren&lt;/b&gt;&lt;br&gt;Wählen Sie mit &lt;i&gt;Ausprobieren…&lt;/i&gt; eine Beispieldatei; klicken Sie dann auf einen Knoten, um zu sehen, was er erzeugt hat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 in %3 ms&lt;br&gt;Click a node to see its output.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 in %3 ms&lt;br&gt;Klicken Sie auf einen Knoten, um seine Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source> in %1 ms</source>
        <translation> in %1 ms</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Rendering page 1…</source>
        <translation>Seite 1 wird gerendert…</translation>
    </message>
    <message>
        <source>Page 1 of %1</source>
        <translation>Seite 1 von %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>sluice::NotifyStage</name>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Raises an alert in the event log and a desktop notification, always or only when the file failed or succeeded.</source>
        <translation>Erzeugt eine Warnmeldung im Ereignisprotokoll und eine Desktop-Benachrichtigung, immer oder nur, wenn die Datei fehlgeschlagen oder erfolgreich war.</translation>
    </message>
    <message>
        <source>When to notify: always, on_failure or on_success.</source>
        <translation>Wann benachrichtigt wird: always (immer), on_failure (bei Fehler) oder on_success (bei Erfolg).</translation>
    </message>
    <message>
        <source>Title of the notification.</source>
        <translation>Titel der Benachrichtigung.</translation>
    </message>
    <message>
        <source>Text; fields {name}, {path}, {status} (ok or failed), {errors}.</source>
        <translation>Text; Felder {name}, {path}, {status} (ok oder failed), {errors}.</translation>
    </message>
</context>
<context>
    <name>sluice::ObjectKey</name>
    <message>
        <source>%1 is not inside the watch folder %2</source>
        <translation>%1 liegt nicht im Überwachungsordner %2</translation>
    </message>
    <message>
        <source>%1 has no file name</source>
        <translation>%1 hat keinen Dateinamen</translation>
    </message>
    <message>
        <source>the object key for %1 is longer than 1,024 bytes</source>
        <translation>der Objektschlüssel für %1 ist länger als 1.024 Bytes</translation>
    </message>
</context>
<context>
    <name>sluice::OcrReviewTab</name>
    <message>
        <source>the file has no page %1</source>
        <translation>die Datei hat keine Seite %1</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitennummer</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Show the image as it came in</source>
        <translation>Das Bild so anzeigen, wie es angekommen ist</translation>
    </message>
    <message>
        <source>Preprocessed</source>
        <translation>Vorverarbeitet</translation>
    </message>
    <message>
        <source>Show the image as Tesseract read it, after preprocessing</source>
        <translation>Das Bild so anzeigen, wie Tesseract es nach der Vorverarbeitung gelesen hat</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the page into the view</source>
        <translation>Die Seite in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>One page pixel per screen pixel</source>
        <translation>Ein Seitenpixel pro Bildschirmpixel</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Konfidenzschwelle</translation>
    </message>
    <message>
        <source>Words recognised with less confidence than this (0–100) are marked red and listed</source>
        <translation>Wörter, die mit geringerer Konfidenz als diesem Wert (0–100) erkannt wurden, werden rot markiert und aufgelistet</translation>
    </message>
    <message>
        <source>Save corrections</source>
        <translation>Korrekturen speichern</translation>
    </message>
    <message>
        <source>Write the corrections into the result and the exported text and hOCR (Ctrl+S)</source>
        <translation>Die Korrekturen in das Ergebnis und in den exportierten Text und das hOCR schreiben (Strg+S)</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwelle:</translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation>Erkannter Text</translation>
    </message>
    <message>
        <source>No text was recognised on this page.</source>
        <translation>Auf dieser Seite wurde kein Text erkannt.</translation>
    </message>
    <message>
        <source>Words below the threshold</source>
        <translation>Wörter unter der Schwelle</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>The OCR found no page in this file.</source>
        <translation>Die OCR hat in dieser Datei keine Seite gefunden.</translation>
    </message>
    <message>
        <source>Loading the page image…</source>
        <translation>Das Seitenbild wird geladen…</translation>
    </message>
    <message>
        <source>The page image cannot be shown: %1</source>
        <translation>Das Seitenbild kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>The boxes are placed for the original image; the preprocessed one was turned, so they may not line up with it.</source>
        <translation>Die Rahmen sind für das Originalbild platziert; das vorverarbeitete wurde gedreht, daher passen sie möglicherweise nicht genau darauf.</translation>
    </message>
    <message>
        <source>deskewed %1°</source>
        <translation>um %1° begradigt</translation>
    </message>
    <message>
        <source>rotated %1°</source>
        <translation>um %1° gedreht</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>denoised</source>
        <translation>entrauscht</translation>
    </message>
    <message>
        <source>denoised (%1)</source>
        <translation>entrauscht (%1)</translation>
    </message>
    <message>
        <source>binarised</source>
        <translation>binarisiert</translation>
    </message>
    <message>
        <source>binarised (%1)</source>
        <translation>binarisiert (%1)</translation>
    </message>
    <message>
        <source>inverted</source>
        <translation>invertiert</translation>
    </message>
    <message>
        <source>upscaled ×%1</source>
        <translation>vergrößert ×%1</translation>
    </message>
    <message>
        <source>upscaled</source>
        <translation>vergrößert</translation>
    </message>
    <message>
        <source>Mean confidence %1</source>
        <translation>Mittlere Konfidenz %1</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Wörter: %1</translation>
    </message>
    <message>
        <source>Below %1: %2</source>
        <translation>Unter %1: %2</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Korrigiert: %1</translation>
    </message>
    <message>
        <source>Below %1 on this page: %2 — F3 / Shift+F3 to step, Enter to correct</source>
        <translation>Unter %1 auf dieser Seite: %2 — F3 / Umschalt+F3 zum Springen, Eingabe zum Korrigieren</translation>
    </message>
    <message>
        <source>Save corrections (%1)</source>
        <translation>Korrekturen speichern (%1)</translation>
    </message>
    <message>
        <source>No word on this page is below the threshold.</source>
        <translation>Kein Wort auf dieser Seite liegt unter der Schwelle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; corrected to &quot;%2&quot; — not saved yet.</source>
        <translation>„%1“ korrigiert zu „%2“ — noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saving the corrections…</source>
        <translation>Die Korrekturen werden gespeichert…</translation>
    </message>
    <message>
        <source>The corrections were not saved: %1</source>
        <translation>Die Korrekturen wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Corrections saved to %1 and %2.</source>
        <translation>Korrekturen in %1 und %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>sluice::OcrStage</name>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Reads the text of scanned images and PDFs with Tesseract, after straightening, turning, cleaning and enlarging each page as needed; reports every word with its box and confidence, and writes text, hOCR, TSV, ALTO and searchable PDF files on request.</source>
        <translation>Liest den Text gescannter Bilder und PDFs mit Tesseract, nachdem jede Seite nach Bedarf begradigt, gedreht, bereinigt und vergrößert wurde; meldet jedes Wort mit seinem Rahmen und seiner Konfidenz und schreibt auf Wunsch Text-, hOCR-, TSV-, ALTO- und durchsuchbare PDF-Dateien.</translation>
    </message>
    <message>
        <source>Tesseract languages, combined with &apos;+&apos; (e.g. eng+deu). Installed: %1.</source>
        <translation>Tesseract-Sprachen, mit &apos;+&apos; verbunden (z. B. eng+deu). Installiert: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Page segmentation mode (Tesseract --psm): 3 automatic, 4 one column, 6 one block, 7 one line, 11 sparse text; 2 and 0 are not supported.</source>
        <translation>Seitensegmentierungsmodus (Tesseract --psm): 3 automatisch, 4 eine Spalte, 6 ein Block, 7 eine Zeile, 11 verstreuter Text; 2 und 0 werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>Engine mode (Tesseract --oem): 1 LSTM, 0 legacy, 2 both, 3 default; the installed data must support it.</source>
        <translation>Engine-Modus (Tesseract --oem): 1 LSTM, 0 Legacy, 2 beide, 3 Vorgabe; die installierten Daten müssen ihn unterstützen.</translation>
    </message>
    <message>
        <source>Resolution of the input; 0 takes it from the file, or derives it from the paper size or the text height.</source>
        <translation>Auflösung der Eingabe; 0 übernimmt sie aus der Datei oder leitet sie aus dem Papierformat oder der Texthöhe ab.</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>Prepare each page with the steps below; off gives Tesseract the page as it is.</source>
        <translation>Jede Seite mit den folgenden Schritten vorbereiten; aus übergibt Tesseract die Seite unverändert.</translation>
    </message>
    <message>
        <source>Convert colour pages to gray (needed by denoise, invert and threshold).</source>
        <translation>Farbseiten in Graustufen umwandeln (nötig für Entrauschen, Invertieren und Schwellenwert).</translation>
    </message>
    <message>
        <source>Noise removal: median filter for salt-and-pepper specks, non-local means for grain, auto (median when specks are found), or none.</source>
        <translation>Rauschentfernung: Medianfilter für Salz-und-Pfeffer-Flecken, Non-Local-Means für Körnung, auto (Median, wenn Flecken gefunden werden) oder none (keine).</translation>
    </message>
    <message>
        <source>Turn light-on-dark regions (banners, negative pages) dark-on-light.</source>
        <translation>Helle Bereiche auf dunklem Grund (Banner, Negativseiten) in dunkel auf hell umkehren.</translation>
    </message>
    <message>
        <source>Enlarge pages under 200 dpi to the target resolution.</source>
        <translation>Seiten unter 200 dpi auf die Zielauflösung vergrößern.</translation>
    </message>
    <message>
        <source>Resolution pages are enlarged to.</source>
        <translation>Auflösung, auf die Seiten vergrößert werden.</translation>
    </message>
    <message>
        <source>Measure the skew of the text (up to 45°) and straighten the page.</source>
        <translation>Die Schräglage des Textes (bis 45°) messen und die Seite begradigen.</translation>
    </message>
    <message>
        <source>Turn pages upright: Tesseract&apos;s orientation detection, falling back to reading all four turns (auto), detection only (osd), or not at all (none).</source>
        <translation>Seiten aufrecht drehen: Orientierungserkennung von Tesseract mit Rückfall auf das Lesen aller vier Drehungen (auto), nur Erkennung (osd) oder gar nicht (none).</translation>
    </message>
    <message>
        <source>Binarisation before Tesseract: none (Tesseract&apos;s own), Otsu (one global level) or adaptive (local levels, for uneven light).</source>
        <translation>Binarisierung vor Tesseract: none (die von Tesseract), Otsu (ein globaler Schwellenwert) oder adaptive (lokale Schwellenwerte, für ungleichmäßige Beleuchtung).</translation>
    </message>
    <message>
        <source>Write each preprocessed page as a PNG beside the result, for review.</source>
        <translation>Jede vorverarbeitete Seite zur Durchsicht als PNG neben das Ergebnis schreiben.</translation>
    </message>
    <message>
        <source>Words under this confidence are counted as low-confidence.</source>
        <translation>Wörter unter dieser Konfidenz gelten als unsicher erkannt.</translation>
    </message>
    <message>
        <source>Most pages of a PDF that are read.</source>
        <translation>Höchstzahl der gelesenen Seiten eines PDFs.</translation>
    </message>
    <message>
        <source>Refuse images with more pixels than this (millions), without decoding them.</source>
        <translation>Bilder mit mehr Pixeln als diesem Wert (in Millionen) ablehnen, ohne sie zu dekodieren.</translation>
    </message>
    <message>
        <source>MP</source>
        <translation>MP</translation>
    </message>
    <message>
        <source>languages: %1</source>
        <translation>Sprachen: %1</translation>
    </message>
    <message>
        <source>psm: mode 2 (layout analysis only) reads no text</source>
        <translation>psm: Modus 2 (nur Layoutanalyse) liest keinen Text</translation>
    </message>
    <message>
        <source>outputs: &apos;%1&apos; is not one of %2</source>
        <translation>outputs: &apos;%1&apos; ist keiner von %2</translation>
    </message>
    <message>
        <source>OCR files (%1) were asked for but this run writes no results (no result folder)</source>
        <translation>OCR-Dateien (%1) wurden angefordert, aber dieser Lauf schreibt keine Ergebnisse (kein Ergebnisordner)</translation>
    </message>
    <message>
        <source>the document has no pages</source>
        <translation>das Dokument hat keine Seiten</translation>
    </message>
    <message>
        <source>page %1 cannot be read</source>
        <translation>Seite %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>page %1 cannot be rendered</source>
        <translation>Seite %1 kann nicht gerendert werden</translation>
    </message>
    <message>
        <source>page %1: unsupported pixel format</source>
        <translation>Seite %1: nicht unterstütztes Pixelformat</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <source>cannot encode page %1</source>
        <translation>Seite %1 kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>OCR page %1 of %2</source>
        <translation>OCR Seite %1 von %2</translation>
    </message>
    <message>
        <source>Resolution PDF pages are rendered at; a page too large for 60 megapixels at it is rendered lower, with a warning when that is under 150 dpi.</source>
        <translation>Auflösung, mit der PDF-Seiten gerendert werden; eine Seite, die dabei 60 Megapixel überschreiten würde, wird mit geringerer Auflösung gerendert, mit einer Warnung, wenn diese unter 150 dpi liegt.</translation>
    </message>
    <message>
        <source>Files to write beside the result, made by Tesseract&apos;s renderers: any of txt, hocr, tsv, alto, pdf (searchable PDF, one for the whole document). Boxes are pixels of the page as given. A page that was turned upright, deskewed or enlarged appears in the PDF turned upright and deskewed, at the resolution it was read, so the text layer lies on its words.</source>
        <translation>Neben das Ergebnis zu schreibende Dateien, erzeugt von den Renderern von Tesseract: beliebige aus txt, hocr, tsv, alto, pdf (durchsuchbares PDF, eines für das ganze Dokument). Rahmen sind in Pixeln der Seite angegeben, wie sie übergeben wurde. Eine Seite, die aufrecht gedreht, begradigt oder vergrößert wurde, erscheint im PDF aufrecht gedreht und begradigt, in der Auflösung, in der sie gelesen wurde, sodass die Textebene auf ihren Wörtern liegt.</translation>
    </message>
    <message>
        <source>page %1 is too large for the pixel budget: rendered at %2 dpi instead of %3 (under %4 dpi text is often misread)</source>
        <translation>Seite %1 ist zu groß für das Pixelbudget: mit %2 dpi statt %3 gerendert (unter %4 dpi wird Text oft falsch gelesen)</translation>
    </message>
</context>
<context>
    <name>sluice::OcrWordModel</name>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Corrected in review; recognised with %1 % confidence</source>
        <translation>Bei der Durchsicht korrigiert; erkannt mit %1 % Konfidenz</translation>
    </message>
    <message>
        <source>Recognised with %1 % confidence</source>
        <translation>Erkannt mit %1 % Konfidenz</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
</context>
<context>
    <name>sluice::OcrWordOverlayView</name>
    <message>
        <source>Page image with word boxes</source>
        <translation>Seitenbild mit Wortrahmen</translation>
    </message>
    <message>
        <source>Correct the word</source>
        <translation>Das Wort korrigieren</translation>
    </message>
</context>
<context>
    <name>sluice::OoxmlPackage</name>
    <message>
        <source>empty file: 0 bytes</source>
        <translation>leere Datei: 0 Bytes</translation>
    </message>
    <message>
        <source>encrypted: the Word document is password-protected (an encrypted OOXML package in an OLE container); Sluice cannot decrypt it</source>
        <translation>verschlüsselt: das Word-Dokument ist passwortgeschützt (ein verschlüsseltes OOXML-Paket in einem OLE-Container); Sluice kann es nicht entschlüsseln</translation>
    </message>
    <message>
        <source>legacy Word 97-2003 document (.doc, an OLE compound file), not .docx: save it as .docx to read it</source>
        <translation>Dokument im alten Format Word 97-2003 (.doc, eine OLE-Verbunddatei), kein .docx: speichern Sie es als .docx, damit es gelesen werden kann</translation>
    </message>
    <message>
        <source>not a .docx: an OLE compound file that holds no Word document</source>
        <translation>kein .docx: eine OLE-Verbunddatei, die kein Word-Dokument enthält</translation>
    </message>
    <message>
        <source>not a .docx: not a zip package (it does not start with the zip signature PK)</source>
        <translation>kein .docx: kein ZIP-Paket (die Datei beginnt nicht mit der ZIP-Signatur PK)</translation>
    </message>
    <message>
        <source>corrupt .docx: the zip package cannot be read (truncated or damaged; zip error %1)</source>
        <translation>beschädigte .docx-Datei: das ZIP-Paket kann nicht gelesen werden (abgeschnitten oder beschädigt; ZIP-Fehler %1)</translation>
    </message>
    <message>
        <source>corrupt .docx: the zip package holds no parts</source>
        <translation>beschädigte .docx-Datei: das ZIP-Paket enthält keine Teile</translation>
    </message>
    <message>
        <source>the package is not open</source>
        <translation>das Paket ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>der Teil %1 fehlt</translation>
    </message>
    <message>
        <source>the part %1 cannot be found in the zip directory</source>
        <translation>der Teil %1 ist im ZIP-Verzeichnis nicht zu finden</translation>
    </message>
    <message>
        <source>the part %1 is %2 bytes uncompressed, more than the limit of %3</source>
        <translation>der Teil %1 ist unkomprimiert %2 Bytes groß, mehr als die Grenze von %3</translation>
    </message>
    <message>
        <source>the part %1 cannot be opened (zip error %2)</source>
        <translation>der Teil %1 kann nicht geöffnet werden (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <source>the part %1 inflates to more than %2 bytes</source>
        <translation>der Teil %1 entpackt sich zu mehr als %2 Bytes</translation>
    </message>
    <message>
        <source>the part %1 cannot be inflated (damaged data, zip error %2)</source>
        <translation>der Teil %1 kann nicht entpackt werden (beschädigte Daten, ZIP-Fehler %2)</translation>
    </message>
</context>
<context>
    <name>sluice::PageThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>sluice::ParamEditor</name>
    <message>
        <source>Range: %1 – %2 %3</source>
        <translation>Bereich: %1 – %2 %3</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>e.g. *.pdf</source>
        <translation>z. B. *.pdf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a folder for %1</source>
        <translation>Einen Ordner für %1 wählen</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>Eine Datei für %1 wählen</translation>
    </message>
    <message>
        <source>one entry per line</source>
        <translation>ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>one JSON value expected</source>
        <translation>ein JSON-Wert erwartet</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
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
    <name>sluice::PdfOpener</name>
    <message>
        <source>empty file: 0 bytes</source>
        <translation>leere Datei: 0 Bytes</translation>
    </message>
    <message>
        <source>not a readable PDF: no %PDF- header in the first 1024 bytes</source>
        <translation>kein lesbares PDF: kein %PDF-Kopf in den ersten 1024 Bytes</translation>
    </message>
    <message>
        <source>not a readable PDF: poppler cannot parse its structure, even after rebuilding its cross-reference table (damaged or incomplete file)</source>
        <translation>kein lesbares PDF: Poppler kann seine Struktur nicht auswerten, auch nicht nach dem Neuaufbau der Querverweistabelle (beschädigte oder unvollständige Datei)</translation>
    </message>
    <message>
        <source>encrypted: wrong password</source>
        <translation>verschlüsselt: falsches Passwort</translation>
    </message>
    <message>
        <source>encrypted: password required</source>
        <translation>verschlüsselt: Passwort erforderlich</translation>
    </message>
    <message>
        <source>not a readable PDF: poppler finds no pages in it</source>
        <translation>kein lesbares PDF: Poppler findet darin keine Seiten</translation>
    </message>
</context>
<context>
    <name>sluice::PdfPageCanvas</name>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>sluice::PdfPageExtractor</name>
    <message>
        <source>page %1 cannot be read</source>
        <translation>Seite %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>sluice::PdfPageRenderer</name>
    <message>
        <source>page %1 cannot be read</source>
        <translation>Seite %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>rendering page %1 took longer than %2 s and was stopped</source>
        <translation>das Rendern von Seite %1 dauerte länger als %2 s und wurde abgebrochen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>page %1 cannot be rendered</source>
        <translation>Seite %1 kann nicht gerendert werden</translation>
    </message>
    <message>
        <source>page %1 does not exist (the document has %2)</source>
        <translation>Seite %1 existiert nicht (das Dokument hat %2)</translation>
    </message>
</context>
<context>
    <name>sluice::PdfStage</name>
    <message>
        <source>page %1 cannot be read</source>
        <translation>Seite %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Reads a PDF to structure: metadata, page sizes, the text of each page in reading order (columns one after the other), words with their positions, tables as rows and columns of cells, statistics, and the pages that have no text layer and need OCR.</source>
        <translation>Liest ein PDF strukturiert aus: Metadaten, Seitengrößen, den Text jeder Seite in Lesereihenfolge (Spalten nacheinander), Wörter mit ihren Positionen, Tabellen als Zeilen und Spalten von Zellen, Statistiken sowie die Seiten ohne Textebene, die eine Texterkennung (OCR) brauchen.</translation>
    </message>
    <message>
        <source>Password to open an encrypted PDF (user or owner password); leave empty for none.</source>
        <translation>Passwort zum Öffnen eines verschlüsselten PDFs (Benutzer- oder Besitzerpasswort); leer lassen, wenn keins nötig ist.</translation>
    </message>
    <message>
        <source>More passwords to try, in order, when the first one does not open it.</source>
        <translation>Weitere Passwörter, die der Reihe nach probiert werden, wenn das erste das PDF nicht öffnet.</translation>
    </message>
    <message>
        <source>Read at most this many pages; later pages are counted but not read.</source>
        <translation>Höchstens so viele Seiten lesen; weitere Seiten werden gezählt, aber nicht gelesen.</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>List every word with its bounding box (for previews and search); turn off to keep results small.</source>
        <translation>Jedes Wort mit seinem umschließenden Rechteck auflisten (für Vorschau und Suche); ausschalten, um die Ergebnisse klein zu halten.</translation>
    </message>
    <message>
        <source>Table detection: auto looks only at pages whose text looks tabular, always looks at every page, off skips it.</source>
        <translation>Tabellenerkennung: auto prüft nur Seiten, deren Text tabellarisch aussieht, always prüft jede Seite, off überspringt sie.</translation>
    </message>
    <message>
        <source>Threads that read pages in parallel, each with its own copy of the document.</source>
        <translation>Threads, die Seiten parallel lesen, jeder mit einer eigenen Kopie des Dokuments.</translation>
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
        <source>page %1 cannot be read</source>
        <translation>Seite %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>sluice::Pipeline</name>
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
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>nodes[%1] has no &apos;id&apos;</source>
        <translation>nodes[%1] hat keine &apos;id&apos;</translation>
    </message>
    <message>
        <source>nodes[%1] (&apos;%2&apos;): &apos;retry&apos; must be an object</source>
        <translation>nodes[%1] (&apos;%2&apos;): &apos;retry&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>cannot open pipeline &apos;%1&apos;: %2</source>
        <translation>Pipeline &apos;%1&apos; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the node has no &quot;stage&quot;; it has &quot;type&quot; — write &quot;stage&quot; instead</source>
        <translation>der Knoten hat kein „stage“, sondern „type“ — schreiben Sie stattdessen „stage“</translation>
    </message>
    <message>
        <source>the node has no &quot;stage&quot;</source>
        <translation>der Knoten hat kein „stage“</translation>
    </message>
    <message>
        <source>edge %1 is listed more than once</source>
        <translation>Kante %1 ist mehr als einmal aufgeführt</translation>
    </message>
    <message>
        <source>&apos;version&apos; is missing: add &quot;version&quot;: %1</source>
        <translation>&apos;version&apos; fehlt: &quot;version&quot;: %1 ergänzen</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be a number: &quot;version&quot;: %1</source>
        <translation>&apos;version&apos; muss eine Zahl sein: &quot;version&quot;: %1</translation>
    </message>
</context>
<context>
    <name>sluice::PipelineDocument</name>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>both ends must be nodes of this pipeline</source>
        <translation>beide Enden müssen Knoten dieser Pipeline sein</translation>
    </message>
    <message>
        <source>a node cannot feed itself</source>
        <translation>ein Knoten kann sich nicht selbst speisen</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; has no output &apos;%2&apos;</source>
        <translation>Knoten &apos;%1&apos; hat keinen Ausgang &apos;%2&apos;</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; has no input &apos;%2&apos;</source>
        <translation>Knoten &apos;%1&apos; hat keinen Eingang &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a &apos;%1&apos; output cannot feed a &apos;%2&apos; input (only equal types, or &apos;file&apos; on either side, connect)</source>
        <translation>ein &apos;%1&apos;-Ausgang kann keinen &apos;%2&apos;-Eingang speisen (nur gleiche Typen oder &apos;file&apos; auf einer Seite lassen sich verbinden)</translation>
    </message>
    <message>
        <source>these ports are already connected</source>
        <translation>diese Anschlüsse sind bereits verbunden</translation>
    </message>
    <message>
        <source>this connection would make a cycle through: %1</source>
        <translation>diese Verbindung würde einen Zyklus bilden über: %1</translation>
    </message>
    <message>
        <source>Connect %1 → %2</source>
        <translation>%1 → %2 verbinden</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1.%2</source>
        <translation>%1.%2 setzen</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>a node id is letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>eine Knoten-ID besteht aus Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>another node is called &apos;%1&apos;</source>
        <translation>ein anderer Knoten heißt bereits &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Rename node %1 to %2</source>
        <translation>Knoten %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Edit pipeline name</source>
        <translation>Pipeline-Namen bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>%n Knoten einfügen</numerusform>
            <numerusform>%n Knoten einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::PipelineEditorWindow</name>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty pipeline</source>
        <translation>Eine leere Pipeline beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a *.sluice.json pipeline</source>
        <translation>Eine *.sluice.json-Pipeline öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the pipeline</source>
        <translation>Die Pipeline speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the pipeline under another name</source>
        <translation>Die Pipeline unter einem anderen Namen speichern</translation>
    </message>
    <message>
        <source>Use for &amp;Watch Folders…</source>
        <translation>Für Über&amp;wachungsordner verwenden…</translation>
    </message>
    <message>
        <source>Save as a user pipeline and let watch folders (and sluice-cli --pipeline NAME) use it</source>
        <translation>Als eigene Pipeline speichern und von Überwachungsordnern (und sluice-cli --pipeline NAME) verwenden lassen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected nodes</source>
        <translation>Die ausgewählten Knoten duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected nodes and connections</source>
        <translation>Die ausgewählten Knoten und Verbindungen löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Show the whole pipeline</source>
        <translation>Die ganze Pipeline zeigen</translation>
    </message>
    <message>
        <source>&amp;Tidy Layout</source>
        <translation>Layout &amp;aufräumen</translation>
    </message>
    <message>
        <source>Arrange the nodes in layers from left to right</source>
        <translation>Die Knoten in Ebenen von links nach rechts anordnen</translation>
    </message>
    <message>
        <source>&amp;Try It…</source>
        <translation>&amp;Ausprobieren…</translation>
    </message>
    <message>
        <source>Run the pipeline on a sample file and show each node&apos;s output</source>
        <translation>Die Pipeline mit einer Beispieldatei ausführen und die Ausgabe jedes Knotens zeigen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop the sample run</source>
        <translation>Den Lauf mit der Beispieldatei anhalten</translation>
    </message>
    <message>
        <source>&amp;Dry Run…</source>
        <translation>&amp;Probelauf…</translation>
    </message>
    <message>
        <source>Show which branch each file in a folder would take, without running stages</source>
        <translation>Zeigen, welchen Zweig jede Datei eines Ordners nehmen würde, ohne Stufen auszuführen</translation>
    </message>
    <message>
        <source>Save pipeline</source>
        <translation>Pipeline speichern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New &amp;From</source>
        <translation>Neu &amp;aus</translation>
    </message>
    <message>
        <source>Start from a built-in or saved pipeline</source>
        <translation>Mit einer eingebauten oder gespeicherten Pipeline beginnen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Try-it output</source>
        <translation>Ausgabe des Ausprobierens</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>%1[*]%2 — Sluice Pipeline Editor</source>
        <translation>%1[*]%2 — Sluice Pipeline-Editor</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>Saved for watch folders</source>
        <translation>Für Überwachungsordner gespeichert</translation>
    </message>
    <message>
        <source>user pipeline</source>
        <translation>eigene Pipeline</translation>
    </message>
    <message>
        <source>Added node &apos;%1&apos;</source>
        <translation>Knoten &apos;%1&apos; hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s)</source>
        <translation>
            <numerusform>%n Knoten kopiert</numerusform>
            <numerusform>%n Knoten kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: the clipboard holds no pipeline nodes</source>
        <translation>Nichts einzufügen: die Zwischenablage enthält keine Pipeline-Knoten</translation>
    </message>
    <message>
        <source>Tidy layout needs a pipeline without cycles</source>
        <translation>Layout aufräumen braucht eine Pipeline ohne Zyklen</translation>
    </message>
    <message>
        <source>Tidy layout</source>
        <translation>Layout aufräumen</translation>
    </message>
    <message>
        <source>Trying %1…</source>
        <translation>%1 wird ausprobiert…</translation>
    </message>
    <message>
        <source>%1: %2 in %3 ms</source>
        <translation>%1: %2 in %3 ms</translation>
    </message>
    <message>
        <source>a pipeline name is letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>ein Pipeline-Name besteht aus Buchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in pipeline; choose another name</source>
        <translation>&apos;%1&apos; ist eine eingebaute Pipeline; wählen Sie einen anderen Namen</translation>
    </message>
    <message numerus="yes">
        <source>the pipeline has %n problem(s); fix them first</source>
        <translation>
            <numerusform>die Pipeline hat %n Problem; beheben Sie es zuerst</numerusform>
            <numerusform>die Pipeline hat %n Probleme; beheben Sie sie zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create &apos;%1&apos;</source>
        <translation>&apos;%1&apos; kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline öffnen</translation>
    </message>
    <message>
        <source>Sluice pipelines (*.sluice.json)</source>
        <translation>Sluice-Pipelines (*.sluice.json)</translation>
    </message>
    <message>
        <source>Try the pipeline on a sample file</source>
        <translation>Die Pipeline mit einer Beispieldatei ausprobieren</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Use for watch folders</source>
        <translation>Für Überwachungsordner verwenden</translation>
    </message>
    <message>
        <source>Save this pipeline as a user pipeline named:
(watch folders use it from the next start of Sluice; `sluice-cli run --pipeline NAME` can use it now)</source>
        <translation>Diese Pipeline als eigene Pipeline speichern unter dem Namen:
(Überwachungsordner verwenden sie ab dem nächsten Start von Sluice; `sluice-cli run --pipeline NAME` kann sie sofort verwenden)</translation>
    </message>
    <message>
        <source>Pipeline editor</source>
        <translation>Pipeline-Editor</translation>
    </message>
    <message>
        <source>The pipeline has unsaved changes. Save them?</source>
        <translation>Die Pipeline hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>no watch folder &apos;%1&apos;</source>
        <translation>kein Überwachungsordner &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Watch folder &apos;%1&apos; now runs pipeline &apos;%2&apos;</source>
        <translation>Überwachungsordner &apos;%1&apos; verwendet jetzt die Pipeline &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Saved as user pipeline &apos;%1&apos;; watch folders without a pipeline of their own use it from the next start</source>
        <translation>Als eigene Pipeline &apos;%1&apos; gespeichert; Überwachungsordner ohne eigene Pipeline verwenden sie ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Default for watch folders without their own pipeline (from the next start)</source>
        <translation>Vorgabe für Überwachungsordner ohne eigene Pipeline (ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>Run pipeline &apos;%1&apos; for:</source>
        <translation>Pipeline &apos;%1&apos; ausführen für:</translation>
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
    <message>
        <source>%1: %2; retry %3 of %4 in %5 ms</source>
        <translation>%1: %2; Versuch %3 von %4 in %5 ms</translation>
    </message>
</context>
<context>
    <name>sluice::PortItem</name>
    <message>
        <source>Output &apos;%1&apos; (%2): drag onto an input to connect</source>
        <translation>Ausgang &apos;%1&apos; (%2): auf einen Eingang ziehen, um zu verbinden</translation>
    </message>
    <message>
        <source>Input &apos;%1&apos; (%2): drag onto an output to connect</source>
        <translation>Eingang &apos;%1&apos; (%2): auf einen Ausgang ziehen, um zu verbinden</translation>
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
    <message>
        <source>Sluice started with pipeline &apos;%1&apos;; results go to %2</source>
        <translation>Sluice gestartet mit Pipeline &apos;%1&apos;; Ergebnisse gehen nach %2</translation>
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
        <source>File removed</source>
        <translation>Datei entfernt</translation>
    </message>
    <message>
        <source>pipeline &apos;%1&apos; is not valid: %2</source>
        <translation>Pipeline &apos;%1&apos; ist nicht gültig: %2</translation>
    </message>
    <message>
        <source>the service is not started</source>
        <translation>der Dienst ist nicht gestartet</translation>
    </message>
    <message>
        <source>A watch folder named &apos;%1&apos; exists already.</source>
        <translation>Ein Überwachungsordner namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>paused by the user</source>
        <translation>vom Benutzer angehalten</translation>
    </message>
    <message>
        <source>Watching folder &apos;%1&apos;</source>
        <translation>Ordner &apos;%1&apos; wird überwacht</translation>
    </message>
    <message>
        <source>There is no watch folder named &apos;%1&apos;.</source>
        <translation>Es gibt keinen Überwachungsordner namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Settings of watch folder &apos;%1&apos; changed; rescanning</source>
        <translation>Einstellungen des Überwachungsordners &apos;%1&apos; geändert; wird neu eingelesen</translation>
    </message>
    <message>
        <source>Watch folder &apos;%1&apos; paused: %2</source>
        <translation>Überwachungsordner &apos;%1&apos; angehalten: %2</translation>
    </message>
    <message numerus="yes">
        <source>Watch folder &apos;%1&apos; resumed; %n held file(s) queued</source>
        <translation>
            <numerusform>Überwachungsordner &apos;%1&apos; fortgesetzt; %n zurückgehaltene Datei eingereiht</numerusform>
            <numerusform>Überwachungsordner &apos;%1&apos; fortgesetzt; %n zurückgehaltene Dateien eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder appeared</source>
        <translation>Ordner erschienen</translation>
    </message>
    <message>
        <source>File appeared and is complete</source>
        <translation>Datei erschienen und vollständig</translation>
    </message>
    <message>
        <source>File changed and is complete</source>
        <translation>Datei geändert und vollständig</translation>
    </message>
    <message>
        <source>File content changed (same size and modification time)</source>
        <translation>Dateiinhalt geändert (gleiche Größe und Änderungszeit)</translation>
    </message>
    <message>
        <source>Folder removed or moved away</source>
        <translation>Ordner entfernt oder verschoben</translation>
    </message>
    <message>
        <source>Renamed from %1</source>
        <translation>Umbenannt von %1</translation>
    </message>
    <message>
        <source>paused automatically: %1 of the last %2 files failed</source>
        <translation>automatisch angehalten: %1 der letzten %2 Dateien sind fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) of other runs (another pipeline or result folder) were interrupted; running that pipeline on the same result folder again resumes them</source>
        <translation>
            <numerusform>%n Auftrag anderer Läufe (andere Pipeline oder anderer Ergebnisordner) wurde unterbrochen; wird die betreffende Pipeline erneut mit demselben Ergebnisordner ausgeführt, wird er fortgesetzt</numerusform>
            <numerusform>%n Aufträge anderer Läufe (andere Pipeline oder anderer Ergebnisordner) wurden unterbrochen; wird die betreffende Pipeline erneut mit demselben Ergebnisordner ausgeführt, werden sie fortgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old finished job(s) from the state store</source>
        <translation>
            <numerusform>%n alter abgeschlossener Auftrag aus der Zustandsdatenbank entfernt</numerusform>
            <numerusform>%n alte abgeschlossene Aufträge aus der Zustandsdatenbank entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: changes since Sluice last ran: created %2, modified %3, deleted %4. %n unchanged file(s) not processed again.</source>
        <translation>
            <numerusform>%1: Änderungen seit dem letzten Lauf von Sluice: %2 erstellt, %3 geändert, %4 gelöscht. %n unveränderte Datei nicht erneut verarbeitet.</numerusform>
            <numerusform>%1: Änderungen seit dem letzten Lauf von Sluice: %2 erstellt, %3 geändert, %4 gelöscht. %n unveränderte Dateien nicht erneut verarbeitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>File touched, content unchanged (same hash): not processed again</source>
        <translation>Zeitstempel der Datei geändert, Inhalt unverändert (gleiche Prüfsumme): nicht erneut verarbeitet</translation>
    </message>
    <message>
        <source>%1 (while Sluice was not running)</source>
        <translation>%1 (während Sluice nicht lief)</translation>
    </message>
    <message>
        <source>The file name is not valid UTF-8, so it cannot be opened; rename it and drop it again</source>
        <translation>Der Dateiname ist kein gültiges UTF-8, daher kann die Datei nicht geöffnet werden; benennen Sie sie um und ziehen Sie sie erneut auf das Fenster</translation>
    </message>
</context>
<context>
    <name>sluice::PropertyPanel</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Select a node to edit its parameters. Drag stages from the palette onto the canvas, and drag from an output port to an input port to connect them.</source>
        <translation>Wählen Sie einen Knoten, um seine Parameter zu bearbeiten. Ziehen Sie Stufen aus der Palette auf die Arbeitsfläche und ziehen Sie von einem Ausgang zu einem Eingang, um sie zu verbinden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Unknown stage &apos;%1&apos;</source>
        <translation>Unbekannte Stufe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No stage with this id is registered; the pipeline cannot run.</source>
        <translation>Unter dieser ID ist keine Stufe registriert; die Pipeline kann nicht laufen.</translation>
    </message>
    <message>
        <source>Node id</source>
        <translation>Knoten-ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
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
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>OK WITH WARNINGS</source>
        <translation>OK MIT WARNUNGEN</translation>
    </message>
</context>
<context>
    <name>sluice::RetryPolicy</name>
    <message>
        <source>retry.%1: unknown key (known: attempts, initial_delay_ms, factor, max_delay_ms, jitter)</source>
        <translation>retry.%1: unbekannter Schlüssel (bekannt: attempts, initial_delay_ms, factor, max_delay_ms, jitter)</translation>
    </message>
    <message>
        <source>retry.%1: must be a %2 from %3 to %4</source>
        <translation>retry.%1: muss eine %2 von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
</context>
<context>
    <name>sluice::RouteRulesEditor</name>
    <message>
        <source>Port</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>MIME types</source>
        <translation>MIME-Typen</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>Dateinamen</translation>
    </message>
    <message>
        <source>Min size</source>
        <translation>Mindestgröße</translation>
    </message>
    <message>
        <source>Max size</source>
        <translation>Höchstgröße</translation>
    </message>
    <message>
        <source>Result field</source>
        <translation>Ergebnisfeld</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. application/pdf, image/*</source>
        <translation>Durch Kommas getrennt, z. B. application/pdf, image/*</translation>
    </message>
    <message>
        <source>Comma-separated wildcards, e.g. *.pdf, scan_*</source>
        <translation>Durch Kommas getrennte Platzhalter, z. B. *.pdf, scan_*</translation>
    </message>
    <message>
        <source>Bytes, inclusive</source>
        <translation>Bytes, einschließlich</translation>
    </message>
    <message>
        <source>A field of an earlier node&apos;s result, node.key — e.g. ocr.mean_confidence or image_analysis.quality.is_blurry</source>
        <translation>Ein Feld aus dem Ergebnis eines früheren Knotens, knoten.schlüssel — z. B. ocr.mean_confidence oder image_analysis.quality.is_blurry</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Add a rule at the end</source>
        <translation>Eine Regel am Ende hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Die ausgewählte Regel entfernen</translation>
    </message>
    <message>
        <source>Move the selected rule up (the first match wins)</source>
        <translation>Die ausgewählte Regel nach oben verschieben (der erste Treffer gewinnt)</translation>
    </message>
    <message>
        <source>Move the selected rule down</source>
        <translation>Die ausgewählte Regel nach unten verschieben</translation>
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
    <message>
        <source>List of rules {port, mime, glob, min_size, max_size, field, op, value}; the first rule whose every criterion matches chooses the port.</source>
        <translation>Liste von Regeln {port, mime, glob, min_size, max_size, field, op, value}; die erste Regel, deren Kriterien alle zutreffen, wählt den Ausgang.</translation>
    </message>
</context>
<context>
    <name>sluice::Runner</name>
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
    <message numerus="yes">
        <source>%n produced file(s) not processed: nesting depth %1 is over the limit of %2</source>
        <translation>
            <numerusform>%n erzeugte Datei nicht verarbeitet: die Verschachtelungstiefe %1 überschreitet die Grenze von %2</numerusform>
            <numerusform>%n erzeugte Dateien nicht verarbeitet: die Verschachtelungstiefe %1 überschreitet die Grenze von %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n job(s) interrupted when Sluice last stopped</source>
        <translation>
            <numerusform>%n Auftrag wird fortgesetzt, der beim letzten Beenden von Sluice unterbrochen wurde</numerusform>
            <numerusform>%n Aufträge werden fortgesetzt, die beim letzten Beenden von Sluice unterbrochen wurden</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed for good; moved to %1</source>
        <translation>Endgültig fehlgeschlagen; nach %1 verschoben</translation>
    </message>
    <message>
        <source>Could not move the failed file to the error folder: %1</source>
        <translation>Die fehlgeschlagene Datei konnte nicht in den Fehlerordner verschoben werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not processed again: same size and modification time as when it was last processed. A change that keeps both is only seen with content hashing on.</source>
        <translation>Nicht erneut verarbeitet: gleiche Größe und Änderungszeit wie bei der letzten Verarbeitung. Eine Änderung, die beides beibehält, wird nur bei eingeschalteter Inhaltsprüfung erkannt.</translation>
    </message>
    <message numerus="yes">
        <source>OK with %n warning(s) in %1 ms: %2</source>
        <translation>
            <numerusform>OK mit %n Warnung in %1 ms: %2</numerusform>
            <numerusform>OK mit %n Warnungen in %1 ms: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Processed in %1 ms</source>
        <translation>Verarbeitet in %1 ms</translation>
    </message>
    <message>
        <source>Changed while it was processed: queued again</source>
        <translation>Während der Verarbeitung geändert: erneut in die Warteschlange gestellt</translation>
    </message>
</context>
<context>
    <name>sluice::S3Client</name>
    <message>
        <source>the service answered CreateMultipartUpload without an upload id</source>
        <translation>der Dienst hat CreateMultipartUpload ohne Upload-ID beantwortet</translation>
    </message>
    <message>
        <source>the service answered CompleteMultipartUpload without an ETag</source>
        <translation>der Dienst hat CompleteMultipartUpload ohne ETag beantwortet</translation>
    </message>
</context>
<context>
    <name>sluice::S3Error</name>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>network error (libcurl %1)</source>
        <translation>Netzwerkfehler (libcurl %1)</translation>
    </message>
    <message>
        <source>%1 (request id %2)</source>
        <translation>%1 (Anfrage-ID %2)</translation>
    </message>
</context>
<context>
    <name>sluice::S3UploadStage</name>
    <message>
        <source>Upload to S3</source>
        <translation>Upload nach S3</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Uploads the file to an Amazon S3 (or S3-compatible) bucket, in parts for large files and resumable after a crash, and verifies the copy (size and ETag) before the source may be deleted. Credentials come from the environment or the AWS shared credentials file.</source>
        <translation>Lädt die Datei in einen Amazon-S3- (oder S3-kompatiblen) Bucket hoch, bei großen Dateien in Teilen und nach einem Absturz fortsetzbar, und prüft die Kopie (Größe und ETag), bevor die Quelle gelöscht werden darf. Die Zugangsdaten kommen aus der Umgebung oder der gemeinsamen AWS-Zugangsdatendatei.</translation>
    </message>
    <message>
        <source>Base URL of an S3-compatible service, e.g. http://127.0.0.1:9000 (addressed path-style); empty for Amazon S3.</source>
        <translation>Basis-URL eines S3-kompatiblen Dienstes, z. B. http://127.0.0.1:9000 (Adressierung im Pfadstil); leer für Amazon S3.</translation>
    </message>
    <message>
        <source>Region the bucket is in (part of the signature).</source>
        <translation>Region, in der der Bucket liegt (Teil der Signatur).</translation>
    </message>
    <message>
        <source>Bucket name.</source>
        <translation>Name des Buckets.</translation>
    </message>
    <message>
        <source>Folder-like prefix put before every key, e.g. incoming/2024 (a &apos;/&apos; is added).</source>
        <translation>Ordnerartiges Präfix vor jedem Schlüssel, z. B. incoming/2024 (ein &apos;/&apos; wird angehängt).</translation>
    </message>
    <message>
        <source>Key from the file name, or from its path relative to the watch folder.</source>
        <translation>Schlüssel aus dem Dateinamen oder aus dem Pfad relativ zum Überwachungsordner.</translation>
    </message>
    <message>
        <source>Content-Type of the object; empty: the file&apos;s type by content.</source>
        <translation>Content-Type des Objekts; leer: der Typ der Datei nach ihrem Inhalt.</translation>
    </message>
    <message>
        <source>User metadata, an object of name → value (US-ASCII), stored as x-amz-meta-&lt;name&gt;.</source>
        <translation>Benutzermetadaten, ein Objekt aus Name → Wert (US-ASCII), gespeichert als x-amz-meta-&lt;name&gt;.</translation>
    </message>
    <message>
        <source>Server-side encryption: none, AES256 (S3-managed keys) or aws:kms.</source>
        <translation>Serverseitige Verschlüsselung: none (keine), AES256 (von S3 verwaltete Schlüssel) oder aws:kms.</translation>
    </message>
    <message>
        <source>KMS key id or ARN for aws:kms; empty: the bucket&apos;s default key.</source>
        <translation>KMS-Schlüssel-ID oder ARN für aws:kms; leer: der Standardschlüssel des Buckets.</translation>
    </message>
    <message>
        <source>Files of this size or more are uploaded in parts.</source>
        <translation>Dateien ab dieser Größe werden in Teilen hochgeladen.</translation>
    </message>
    <message>
        <source>Size of each part of a multipart upload (raised when 10,000 parts would not do).</source>
        <translation>Größe jedes Teils eines mehrteiligen Uploads (wird erhöht, wenn 10.000 Teile nicht reichen).</translation>
    </message>
    <message>
        <source>Delete the source file once the uploaded object has been verified.</source>
        <translation>Die Quelldatei löschen, sobald das hochgeladene Objekt geprüft ist.</translation>
    </message>
    <message>
        <source>Profile in the AWS shared credentials file; empty: the environment&apos;s keys, else AWS_PROFILE, else default.</source>
        <translation>Profil in der gemeinsamen AWS-Zugangsdatendatei; leer: die Schlüssel der Umgebung, sonst AWS_PROFILE, sonst default.</translation>
    </message>
    <message>
        <source>AWS shared credentials file; empty: AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials.</source>
        <translation>Gemeinsame AWS-Zugangsdatendatei; leer: AWS_SHARED_CREDENTIALS_FILE oder ~/.aws/credentials.</translation>
    </message>
    <message>
        <source>Folder for the state of unfinished multipart uploads; empty: the application&apos;s data folder, subfolder s3-uploads.</source>
        <translation>Ordner für den Zustand unfertiger mehrteiliger Uploads; leer: der Datenordner der Anwendung, Unterordner s3-uploads.</translation>
    </message>
    <message>
        <source>Give up a request (a transient error) when nothing moved for this long.</source>
        <translation>Eine Anfrage aufgeben (vorübergehender Fehler), wenn sich so lange nichts bewegt hat.</translation>
    </message>
    <message>
        <source>bucket: &quot;%1&quot; is not a valid bucket name (3–63 characters: a–z, 0–9, &apos;.&apos;, &apos;-&apos;)</source>
        <translation>bucket: „%1“ ist kein gültiger Bucket-Name (3–63 Zeichen: a–z, 0–9, &apos;.&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>endpoint: must start with http:// or https://</source>
        <translation>endpoint: muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>metadata: must be an object of name → text</source>
        <translation>metadata: muss ein Objekt aus Name → Text sein</translation>
    </message>
    <message>
        <source>metadata: name &quot;%1&quot; may only have letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>metadata: der Name „%1“ darf nur Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; enthalten</translation>
    </message>
    <message>
        <source>metadata: the value of &quot;%1&quot; must be printable US-ASCII text</source>
        <translation>metadata: der Wert von „%1“ muss druckbarer US-ASCII-Text sein</translation>
    </message>
    <message>
        <source>kms_key_id: only used with sse aws:kms</source>
        <translation>kms_key_id: wird nur mit sse aws:kms verwendet</translation>
    </message>
    <message>
        <source>multipart_threshold: must be at least part_size (%1 bytes)</source>
        <translation>multipart_threshold: muss mindestens part_size (%1 Bytes) sein</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>bucket: required</source>
        <translation>bucket: erforderlich</translation>
    </message>
</context>
<context>
    <name>sluice::S3Uploader</name>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot look up the object %1</source>
        <translation>das Objekt %1 kann nicht abgefragt werden</translation>
    </message>
    <message>
        <source>%1 is already at %2 with the same content; nothing sent</source>
        <translation>%1 liegt bereits mit demselben Inhalt unter %2; nichts gesendet</translation>
    </message>
    <message>
        <source>cannot upload to %1</source>
        <translation>Upload nach %1 nicht möglich</translation>
    </message>
    <message>
        <source>upload of %1 damaged: the service&apos;s ETag %2 is not the file&apos;s MD5 %3</source>
        <translation>Upload von %1 beschädigt: das ETag %2 des Dienstes ist nicht der MD5 %3 der Datei</translation>
    </message>
    <message>
        <source>the interrupted upload of %1 is gone from the service; starting again</source>
        <translation>der unterbrochene Upload von %1 ist beim Dienst nicht mehr vorhanden; es wird von vorn begonnen</translation>
    </message>
    <message>
        <source>cannot list the parts of the interrupted upload to %1</source>
        <translation>die Teile des unterbrochenen Uploads nach %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot start a multipart upload to %1</source>
        <translation>ein mehrteiliger Upload nach %1 kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>resuming the upload to %1: %2 of %3 parts are there already</source>
        <translation>der Upload nach %1 wird fortgesetzt: %2 von %3 Teilen sind bereits vorhanden</translation>
    </message>
    <message>
        <source>cannot upload part %1 of %2 to %3</source>
        <translation>Teil %1 von %2 kann nicht nach %3 hochgeladen werden</translation>
    </message>
    <message>
        <source>part %1 of the upload to %2 damaged: ETag %3, MD5 %4</source>
        <translation>Teil %1 des Uploads nach %2 beschädigt: ETag %3, MD5 %4</translation>
    </message>
    <message>
        <source>cannot complete the multipart upload to %1</source>
        <translation>der mehrteilige Upload nach %1 kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>upload of %1 damaged: the service&apos;s ETag %2 is neither %3 nor %4</source>
        <translation>Upload von %1 beschädigt: das ETag %2 des Dienstes ist weder %3 noch %4</translation>
    </message>
    <message>
        <source>%1 changed during the upload to %2; it will be uploaded again</source>
        <translation>%1 hat sich während des Uploads nach %2 geändert; die Datei wird erneut hochgeladen</translation>
    </message>
    <message>
        <source>the upload to %1 reported success but the object is not there</source>
        <translation>der Upload nach %1 meldete Erfolg, aber das Objekt ist nicht vorhanden</translation>
    </message>
    <message>
        <source>the object at %1 has %2 bytes, the file %3</source>
        <translation>das Objekt unter %1 hat %2 Bytes, die Datei %3</translation>
    </message>
    <message>
        <source>the object at %1 has ETag %2, expected %3</source>
        <translation>das Objekt unter %1 hat das ETag %2, erwartet war %3</translation>
    </message>
    <message>
        <source>cannot verify the object at %1</source>
        <translation>das Objekt unter %1 kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>not deleted: %1 changed after its upload</source>
        <translation>nicht gelöscht: %1 hat sich nach dem Upload geändert</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
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
    <name>sluice::StageModules</name>
    <message>
        <source>the module returned no table</source>
        <translation>das Modul hat keine Funktionstabelle zurückgegeben</translation>
    </message>
    <message>
        <source>module interface version %1, expected %2</source>
        <translation>Modulschnittstelle Version %1, erwartet %2</translation>
    </message>
    <message>
        <source>built for Sluice %1, this is %2</source>
        <translation>für Sluice %1 gebaut, dies ist %2</translation>
    </message>
    <message>
        <source>%1 is missing (looked in %2)</source>
        <translation>%1 fehlt (gesucht in %2)</translation>
    </message>
    <message>
        <source>there is no stage module %1</source>
        <translation>es gibt kein Stufenmodul %1</translation>
    </message>
    <message>
        <source>it has no stage %1</source>
        <translation>es hat keine Stufe %1</translation>
    </message>
    <message>
        <source>stage module %1 could not be loaded: %2</source>
        <translation>Stufenmodul %1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>sluice::StagePalette</name>
    <message>
        <source>Search stages…</source>
        <translation>Stufen suchen…</translation>
    </message>
</context>
<context>
    <name>sluice::StagePaletteModel</name>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
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
    <name>sluice::TryRun</name>
    <message>
        <source>a sample is still running</source>
        <translation>eine Beispieldatei läuft noch</translation>
    </message>
    <message numerus="yes">
        <source>the pipeline has %n problem(s); fix them first (see Problems)</source>
        <translation>
            <numerusform>die Pipeline hat %n Problem; beheben Sie es zuerst (siehe Probleme)</numerusform>
            <numerusform>die Pipeline hat %n Probleme; beheben Sie sie zuerst (siehe Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file</source>
        <translation>&apos;%1&apos; ist keine Datei</translation>
    </message>
</context>
<context>
    <name>sluice::UnavailableStage</name>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>sluice::ValidateJsonStage</name>
    <message>
        <source>Validate JSON</source>
        <translation>JSON prüfen</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Checks that the file is well-formed JSON and names the line and column of the first error.</source>
        <translation>Prüft, ob die Datei wohlgeformtes JSON ist, und nennt Zeile und Spalte des ersten Fehlers.</translation>
    </message>
    <message>
        <source>Fail the file when it is not valid JSON (otherwise only record it).</source>
        <translation>Die Datei als fehlgeschlagen werten, wenn sie kein gültiges JSON ist (sonst nur vermerken).</translation>
    </message>
    <message>
        <source>Larger files are refused.</source>
        <translation>Größere Dateien werden abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, over the limit of %3 bytes for JSON validation</source>
        <translation>%1 hat %2 Bytes, mehr als die Grenze von %3 Bytes für die JSON-Prüfung</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>sluice::ValidateXmlStage</name>
    <message>
        <source>Validate XML</source>
        <translation>XML prüfen</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Checks that the file is well-formed XML and names the line and column of the first error.</source>
        <translation>Prüft, ob die Datei wohlgeformtes XML ist, und nennt Zeile und Spalte des ersten Fehlers.</translation>
    </message>
    <message>
        <source>Fail the file when it is not well-formed XML (otherwise only record it).</source>
        <translation>Die Datei als fehlgeschlagen werten, wenn sie kein wohlgeformtes XML ist (sonst nur vermerken).</translation>
    </message>
    <message>
        <source>not well-formed XML at line %1, column %2: %3</source>
        <translation>kein wohlgeformtes XML in Zeile %1, Spalte %2: %3</translation>
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
    <name>sluice::ValidationPanel</name>
    <message>
        <source>%1
Click to show the node.</source>
        <translation>%1
Klicken, um den Knoten anzuzeigen.</translation>
    </message>
    <message>
        <source>✔ No problems: the pipeline can run.</source>
        <translation>✔ Keine Probleme: die Pipeline kann laufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the pipeline cannot run until they are fixed.</source>
        <translation>
            <numerusform>%n Problem: die Pipeline kann erst laufen, wenn es behoben ist.</numerusform>
            <numerusform>%n Probleme: die Pipeline kann erst laufen, wenn sie behoben sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sluice::VersionStage</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Keeps numbered versions (name_vN.ext) of a file each time its contents change, and only the newest ones.</source>
        <translation>Behält bei jeder Inhaltsänderung nummerierte Versionen (name_vN.ext) einer Datei, und davon nur die neuesten.</translation>
    </message>
    <message>
        <source>Folder for the versions; empty means a hidden .sluice-versions folder beside the file.</source>
        <translation>Ordner für die Versionen; leer bedeutet einen versteckten Ordner .sluice-versions neben der Datei.</translation>
    </message>
    <message>
        <source>How many versions to keep.</source>
        <translation>Wie viele Versionen behalten werden.</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>source %1 does not exist or is not a regular file</source>
        <translation>die Quelle %1 existiert nicht oder ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>could not claim a free version number in %1</source>
        <translation>in %1 konnte keine freie Versionsnummer belegt werden</translation>
    </message>
</context>
<context>
    <name>sluice::WaitingFilesModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Waiting because</source>
        <translation>Wartet, weil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>sluice::WatchFolderConfig</name>
    <message>
        <source>The watch folder has no name.</source>
        <translation>Der Überwachungsordner hat keinen Namen.</translation>
    </message>
    <message>
        <source>The watch folder has no folder to watch.</source>
        <translation>Der Überwachungsordner hat keinen zu überwachenden Ordner.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute folder path.</source>
        <translation>&apos;%1&apos; ist kein absoluter Ordnerpfad.</translation>
    </message>
    <message>
        <source>Regular expression &apos;%1&apos; is not valid: %2</source>
        <translation>Der reguläre Ausdruck &apos;%1&apos; ist nicht gültig: %2</translation>
    </message>
    <message>
        <source>Unknown event type &apos;%1&apos;.</source>
        <translation>Unbekannter Ereignistyp &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Times, sizes and the batch size cannot be negative.</source>
        <translation>Zeiten, Größen und die Stapelgröße dürfen nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>sluice::WatchFolderController</name>
    <message>
        <source>Watch folder &apos;%1&apos; was not restored: %2</source>
        <translation>Überwachungsordner &apos;%1&apos; wurde nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>No folder given.</source>
        <translation>Kein Ordner angegeben.</translation>
    </message>
    <message>
        <source>%1 is already watched.</source>
        <translation>%1 wird bereits überwacht.</translation>
    </message>
    <message>
        <source>%1 could not be watched; the event log says why.</source>
        <translation>%1 konnte nicht überwacht werden; das Ereignisprotokoll nennt den Grund.</translation>
    </message>
    <message>
        <source>A watch folder named &apos;%1&apos; exists already.</source>
        <translation>Ein Überwachungsordner namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>There is no watch folder named &apos;%1&apos;.</source>
        <translation>Es gibt keinen Überwachungsordner namens &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>sluice::WatchFolderDelegate</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files tracked</source>
        <translation>%1 Dateien verfolgt</translation>
    </message>
</context>
<context>
    <name>sluice::WatchFolderDialog</name>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Überwachungsordner</translation>
    </message>
    <message>
        <source>e.g. Scanner inbox</source>
        <translation>z. B. Scanner-Eingang</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Include sub-folders (new ones as they appear)</source>
        <translation>Unterordner einbeziehen (neue, sobald sie erscheinen)</translation>
    </message>
    <message>
        <source>Default pipeline</source>
        <translation>Standard-Pipeline</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (eigene)</translation>
    </message>
    <message>
        <source>A built-in pipeline, one of yours (saved by the pipeline editor in %1), or a pipeline file</source>
        <translation>Eine eingebaute Pipeline, eine eigene (vom Pipeline-Editor in %1 gespeichert) oder eine Pipeline-Datei</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>Paused: keep watching, but hold ready files until resumed</source>
        <translation>Angehalten: weiter überwachen, aber bereite Dateien bis zum Fortsetzen zurückhalten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Folders:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>One per line, e.g. *.pdf or scans/**/*.tif</source>
        <translation>Ein Muster pro Zeile, z. B. *.pdf oder scans/**/*.tif</translation>
    </message>
    <message>
        <source>One per line, e.g. drafts/*</source>
        <translation>Ein Muster pro Zeile, z. B. drafts/*</translation>
    </message>
    <message>
        <source>One per line, e.g. ^invoices/\d{4}/</source>
        <translation>Ein Ausdruck pro Zeile, z. B. ^invoices/\d{4}/</translation>
    </message>
    <message>
        <source>One per line, e.g. (?i)backup</source>
        <translation>Ein Ausdruck pro Zeile, z. B. (?i)backup</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>A file is processed only when its modification time is at least this old</source>
        <translation>Eine Datei wird erst verarbeitet, wenn ihre Änderungszeit mindestens so alt ist</translation>
    </message>
    <message>
        <source>Skip hidden files and folders (names starting with a dot)</source>
        <translation>Versteckte Dateien und Ordner überspringen (Namen, die mit einem Punkt beginnen)</translation>
    </message>
    <message>
        <source>Skip temporary and partial files</source>
        <translation>Temporäre und unvollständige Dateien überspringen</translation>
    </message>
    <message>
        <source>Matched on the path relative to its folder. A glob without / matches the file name; ** crosses folders. Empty include lists mean every file.</source>
        <translation>Verglichen wird der Pfad relativ zu seinem Ordner. Ein Muster ohne / passt auf den Dateinamen; ** überschreitet Ordnergrenzen. Leere Einschlusslisten bedeuten jede Datei.</translation>
    </message>
    <message>
        <source>Include globs:</source>
        <translation>Muster einschließen:</translation>
    </message>
    <message>
        <source>Exclude globs:</source>
        <translation>Muster ausschließen:</translation>
    </message>
    <message>
        <source>Include regexes:</source>
        <translation>Regex einschließen:</translation>
    </message>
    <message>
        <source>Exclude regexes:</source>
        <translation>Regex ausschließen:</translation>
    </message>
    <message>
        <source>Maximum size:</source>
        <translation>Höchstgröße:</translation>
    </message>
    <message>
        <source>Minimum age:</source>
        <translation>Mindestalter:</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>At close</source>
        <translation>Beim Schließen</translation>
    </message>
    <message>
        <source>A file is ready when its size and time have not changed for this long</source>
        <translation>Eine Datei ist bereit, wenn sich Größe und Zeit so lange nicht geändert haben</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Further events for the same file within this time are merged into one</source>
        <translation>Weitere Ereignisse für dieselbe Datei innerhalb dieser Zeit werden zu einem zusammengefasst</translation>
    </message>
    <message>
        <source>Off: size and time only</source>
        <translation>Aus: nur Größe und Zeit</translation>
    </message>
    <message>
        <source>First MiB of each file</source>
        <translation>Erstes MiB jeder Datei</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Ganze Datei</translation>
    </message>
    <message>
        <source>Notices a change that keeps size and time (XXH3 hash): “Content changed”</source>
        <translation>Bemerkt eine Änderung, die Größe und Zeit beibehält (XXH3-Hash): „Inhalt geändert“</translation>
    </message>
    <message>
        <source>At most this many ready files are handed to the pipeline at once, oldest first</source>
        <translation>Höchstens so viele bereite Dateien werden auf einmal an die Pipeline übergeben, die ältesten zuerst</translation>
    </message>
    <message>
        <source>Always poll (for folders whose notifications are unreliable)</source>
        <translation>Immer abfragen (für Ordner mit unzuverlässigen Benachrichtigungen)</translation>
    </message>
    <message>
        <source>How often polled folders are listed: those above, and any whose notifications fail (watch limit, network file system)</source>
        <translation>Wie oft abgefragte Ordner aufgelistet werden: die oben genannten und alle, deren Benachrichtigungen versagen (Überwachungslimit, Netzwerkdateisystem)</translation>
    </message>
    <message>
        <source>Settle time:</source>
        <translation>Beruhigungszeit:</translation>
    </message>
    <message>
        <source>Cooldown:</source>
        <translation>Abklingzeit:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Melden:</translation>
    </message>
    <message>
        <source>Content check:</source>
        <translation>Inhaltsprüfung:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Stapelgröße:</translation>
    </message>
    <message>
        <source>Poll interval:</source>
        <translation>Abfrageintervall:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Choose at least one event type to report.</source>
        <translation>Wählen Sie mindestens einen zu meldenden Ereignistyp.</translation>
    </message>
    <message>
        <source>Add Folder to Watch</source>
        <translation>Zu überwachenden Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Pipeline File</source>
        <translation>Pipeline-Datei</translation>
    </message>
    <message>
        <source>Sluice pipelines (*.sluice.json);;All files (*)</source>
        <translation>Sluice-Pipelines (*.sluice.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>sluice::WatchFolderModel</name>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>%1 processed · %2 failed · %3 waiting</source>
        <extracomment>Counts of one watch folder: processed files, failed files, files waiting at the stability gate.</extracomment>
        <translation>%1 verarbeitet · %2 Fehler · %3 wartend</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>No file is waiting</source>
        <translation>Keine Datei wartet</translation>
    </message>
    <message>
        <source>Select a watch folder</source>
        <translation>Wählen Sie einen Überwachungsordner</translation>
    </message>
    <message>
        <source>Files being written appear here until they are complete.</source>
        <translation>Dateien, die gerade geschrieben werden, erscheinen hier, bis sie vollständig sind.</translation>
    </message>
    <message>
        <source>&amp;Edit Watch Folder…</source>
        <translation>Überwachungsordner &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected folder&apos;s roots, filters, events and pipeline</source>
        <translation>Wurzelordner, Filter, Ereignisse und Pipeline des ausgewählten Ordners bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Hold processing of the selected folder; its files are still watched</source>
        <translation>Die Verarbeitung des ausgewählten Ordners zurückhalten; seine Dateien werden weiter überwacht</translation>
    </message>
    <message>
        <source>&amp;New Watch Folder…</source>
        <translation>&amp;Neuer Überwachungsordner…</translation>
    </message>
    <message>
        <source>Files waiting at the stability gate</source>
        <translation>Dateien, die an der Stabilitätsprüfung warten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume processing of the selected folder</source>
        <translation>Die Verarbeitung des ausgewählten Ordners fortsetzen</translation>
    </message>
    <message>
        <source>Waiting until complete (%1)</source>
        <translation>Wartet auf Vollständigkeit (%1)</translation>
    </message>
    <message>
        <source>Waiting until complete</source>
        <translation>Wartet auf Vollständigkeit</translation>
    </message>
    <message>
        <source>Edit Watch Folder</source>
        <translation>Überwachungsordner bearbeiten</translation>
    </message>
    <message>
        <source>A watch folder named &apos;%1&apos; exists already.</source>
        <translation>Ein Überwachungsordner namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>The watch folder was not changed:

%1</source>
        <translation>Der Überwachungsordner wurde nicht geändert:

%1</translation>
    </message>
    <message>
        <source>New Watch Folder</source>
        <translation>Neuer Überwachungsordner</translation>
    </message>
    <message>
        <source>The folder is not watched:

%1</source>
        <translation>Der Ordner wird nicht überwacht:

%1</translation>
    </message>
</context>
<context>
    <name>sluice::WordDocumentHtml</name>
    <message>
        <source>Headers</source>
        <translation>Kopfzeilen</translation>
    </message>
    <message>
        <source>Footers</source>
        <translation>Fußzeilen</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Fußnoten</translation>
    </message>
    <message>
        <source>Endnotes</source>
        <translation>Endnoten</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>on “%1”:</source>
        <translation>zu „%1“:</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
</context>
<context>
    <name>sluice::fileops</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot start SHA-256: OpenSSL failed</source>
        <translation>SHA-256 kann nicht begonnen werden: OpenSSL ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>source %1 does not exist or is not a regular file</source>
        <translation>die Quelle %1 existiert nicht oder ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>target %1 exists with other content</source>
        <translation>das Ziel %1 existiert mit anderem Inhalt</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot flush %1 to disk: %2</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>source %1 changed while it was copied</source>
        <translation>die Quelle %1 hat sich während des Kopierens geändert</translation>
    </message>
    <message>
        <source>the copy %1 does not match its source (%2 of %3 bytes, SHA-256 differs)</source>
        <translation>die Kopie %1 stimmt nicht mit ihrer Quelle überein (%2 von %3 Bytes, SHA-256 weicht ab)</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>no free name for %1</source>
        <translation>kein freier Name für %1</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>sluice::jpegcodec</name>
    <message>
        <source>no image in the JPEG data</source>
        <translation>kein Bild in den JPEG-Daten</translation>
    </message>
    <message>
        <source>unsupported JPEG layout</source>
        <translation>nicht unterstützter JPEG-Aufbau</translation>
    </message>
    <message>
        <source>out of memory for %1×%2 pixels</source>
        <translation>nicht genug Speicher für %1×%2 Pixel</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the JPEG encoder takes 8-bit gray or BGR pixels</source>
        <translation>der JPEG-Encoder nimmt nur 8-Bit-Graustufen- oder BGR-Pixel an</translation>
    </message>
</context>
<context>
    <name>sluice::ocr</name>
    <message>
        <source>no language given (installed: %1)</source>
        <translation>keine Sprache angegeben (installiert: %1)</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not installed (installed: %2)</source>
        <translation>Sprache &apos;%1&apos; ist nicht installiert (installiert: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>sluice::ocr::OcrFileWriter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot move the %1 file to %2</source>
        <translation>die %1-Datei kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <source>Tesseract&apos;s PDF file %1 is incomplete (disk full?)</source>
        <translation>die PDF-Datei %1 von Tesseract ist unvollständig (Datenträger voll?)</translation>
    </message>
    <message>
        <source>cannot read Tesseract&apos;s %1 file %2: %3</source>
        <translation>die %1-Datei %2 von Tesseract kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>cannot write the %1 file %2: %3</source>
        <translation>die %1-Datei %2 kann nicht geschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>sluice::ocr::TessDocumentRenderers</name>
    <message>
        <source>the searchable PDF needs Tesseract&apos;s font %1, which is missing</source>
        <translation>das durchsuchbare PDF braucht die Tesseract-Schrift %1, die fehlt</translation>
    </message>
    <message>
        <source>Tesseract cannot start the %1 file %2</source>
        <translation>Tesseract kann die %1-Datei %2 nicht beginnen</translation>
    </message>
    <message>
        <source>Tesseract could not write page %1 of the %2 file %3</source>
        <translation>Tesseract konnte Seite %1 der %2-Datei %3 nicht schreiben</translation>
    </message>
    <message>
        <source>Tesseract could not finish the %1 file %2</source>
        <translation>Tesseract konnte die %1-Datei %2 nicht abschließen</translation>
    </message>
</context>
<context>
    <name>sluice::ocr::TessRecognizer</name>
    <message>
        <source>Tesseract cannot load language &apos;%1&apos; with engine mode %2 from %3</source>
        <translation>Tesseract kann die Sprache &apos;%1&apos; mit Engine-Modus %2 nicht aus %3 laden</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Tesseract could not recognise the page (error %1)</source>
        <translation>Tesseract konnte die Seite nicht erkennen (Fehler %1)</translation>
    </message>
</context>
<context>
    <name>sluice::route</name>
    <message>
        <source>%1: op and value need a field</source>
        <translation>%1: op und value brauchen ein field</translation>
    </message>
    <message>
        <source>%1: field must be a dotted path &quot;node.key&quot;, e.g. &quot;ocr.mean_confidence&quot;</source>
        <translation>%1: field muss ein Pfad mit Punkt „knoten.schlüssel“ sein, z. B. „ocr.mean_confidence“</translation>
    </message>
    <message>
        <source>%1: op must be one of: %2</source>
        <translation>%1: op muss eines sein von: %2</translation>
    </message>
    <message>
        <source>%1: op &quot;%2&quot; needs a value</source>
        <translation>%1: op „%2“ braucht einen value</translation>
    </message>
    <message>
        <source>%1: op &quot;%2&quot; compares numbers: value must be a number</source>
        <translation>%1: op „%2“ vergleicht Zahlen: value muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1: value must be a number, a string, true or false</source>
        <translation>%1: value muss eine Zahl, eine Zeichenkette, true oder false sein</translation>
    </message>
</context>
<context>
    <name>sluice::triggerfilter</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Watch events this node acts on: created, modified, content_changed. On other events it is skipped.</source>
        <translation>Überwachungsereignisse, auf die dieser Knoten reagiert: created, modified, content_changed. Bei anderen Ereignissen wird er übersprungen.</translation>
    </message>
    <message>
        <source>Also act when a file is run on purpose (sluice-cli run, a batch, files dropped on the window).</source>
        <translation>Auch reagieren, wenn eine Datei gezielt verarbeitet wird (sluice-cli run, ein Stapel, auf das Fenster gezogene Dateien).</translation>
    </message>
    <message>
        <source>%1: unknown event type &apos;%2&apos; (known: %3)</source>
        <translation>%1: unbekannter Ereignistyp &apos;%2&apos; (bekannt: %3)</translation>
    </message>
    <message>
        <source>a manual run, and on_explicit is off</source>
        <translation>ein manueller Lauf, und on_explicit ist aus</translation>
    </message>
    <message>
        <source>dropped files, and on_explicit is off</source>
        <translation>auf das Fenster gezogene Dateien, und on_explicit ist aus</translation>
    </message>
    <message>
        <source>acts on no watch event (on_events is empty)</source>
        <translation>reagiert auf kein Überwachungsereignis (on_events ist leer)</translation>
    </message>
    <message>
        <source>not a %1 event</source>
        <translation>kein Ereignis vom Typ %1</translation>
    </message>
</context>
</TS>
