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
        <source>Packs the file, or a whole folder, into a zip, tar, tar.gz, tar.bz2 or tar.xz archive with relative names and an optional SHA-256 manifest, re-reads every member to verify it and publishes the archive atomically without overwriting anything.</source>
        <translation>Packt die Datei oder einen ganzen Ordner in ein zip-, tar-, tar.gz-, tar.bz2- oder tar.xz-Archiv mit relativen Namen und optionalem SHA-256-Manifest, liest zur Prüfung jeden Eintrag erneut und stellt das Archiv atomar bereit, ohne etwas zu überschreiben.</translation>
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
        <source>Skip members larger than this (0: no limit).</source>
        <translation>Einträge überspringen, die größer als dieser Wert sind (0: keine Grenze).</translation>
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
        <source>%1 is an archive nested %2 levels deep; archives are opened up to %3 levels (max_nesting)</source>
        <translation>%1 ist ein Archiv in Verschachtelungstiefe %2; Archive werden bis zur Tiefe %3 geöffnet (max_nesting)</translation>
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
        <source>its folder resolves outside the extraction folder</source>
        <translation>sein Ordner liegt außerhalb des Zielordners</translation>
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
        <source>member %1 skipped: %2</source>
        <translation>Eintrag %1 übersprungen: %2</translation>
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
        <source>not a folder or not readable</source>
        <translation>kein Ordner oder nicht lesbar</translation>
    </message>
    <message>
        <source>Cannot get change notifications for this folder; it is checked by periodic rescan</source>
        <translation>Für diesen Ordner gibt es keine Änderungsbenachrichtigungen; er wird regelmäßig neu durchsucht</translation>
    </message>
    <message>
        <source>the watched folder no longer exists; watching for it to come back</source>
        <translation>der überwachte Ordner existiert nicht mehr; es wird gewartet, bis er wieder erscheint</translation>
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
        <source>%1 bit</source>
        <translation>%1 Bit</translation>
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
        <source> (blurry)</source>
        <translation> (unscharf)</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <source> (dark)</source>
        <translation> (dunkel)</translation>
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
        <source>The watched folder is back; watching again</source>
        <translation>Der überwachte Ordner ist wieder da; er wird wieder überwacht</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unchanged file(s) not processed again (done before, or failed for good)</source>
        <translation>
            <numerusform>%1: %n unveränderte Datei nicht erneut verarbeitet (bereits erledigt oder endgültig fehlgeschlagen)</numerusform>
            <numerusform>%1: %n unveränderte Dateien nicht erneut verarbeitet (bereits erledigt oder endgültig fehlgeschlagen)</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n produced file(s) not processed: nesting depth %1 is over the limit of %2</source>
        <translation>
            <numerusform>%n erzeugte Datei nicht verarbeitet: die Verschachtelungstiefe %1 überschreitet die Grenze von %2</numerusform>
            <numerusform>%n erzeugte Dateien nicht verarbeitet: die Verschachtelungstiefe %1 überschreitet die Grenze von %2</numerusform>
        </translation>
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
<context>
    <name>sluice::WordDocumentHtml</name>
    <message>
        <source>Title: %1 · Author: %2</source>
        <translation>Titel: %1 · Autor: %2</translation>
    </message>
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
</context>
</TS>
