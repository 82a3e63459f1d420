<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Gå tillbaka</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
</context>
<context>
    <name>ccbulk::ActiveJobLock</name>
    <message>
        <source>This process already holds the active-job lock, for job %1.</source>
        <translation>Den här processen har redan låset för det aktiva jobbet, för jobb %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created.</source>
        <translation>Låsfilen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>Another job is active. Only one job can run at a time.</source>
        <translation>Ett annat jobb är aktivt. Bara ett jobb kan köras åt gången.</translation>
    </message>
    <message>
        <source>Job %1 is active. Only one job can run at a time.</source>
        <translation>Jobb %1 är aktivt. Bara ett jobb kan köras åt gången.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Filen %1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>The active-job lock is not held.</source>
        <translation>Låset för det aktiva jobbet hålls inte.</translation>
    </message>
</context>
<context>
    <name>ccbulk::AudioArchive</name>
    <message>
        <source>its checksum does not match its content</source>
        <translation>dess kontrollsumma stämmer inte med innehållet</translation>
    </message>
    <message>
        <source>its headers are not valid</source>
        <translation>dess huvuden är inte giltiga</translation>
    </message>
    <message>
        <source>its compressed data is corrupt</source>
        <translation>dess komprimerade data är skadade</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>filen kunde inte läsas</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>fel %1</translation>
    </message>
    <message>
        <source>The entry has no name.</source>
        <translation>Posten saknar namn.</translation>
    </message>
    <message>
        <source>The path holds a control character.</source>
        <translation>Sökvägen innehåller ett styrtecken.</translation>
    </message>
    <message>
        <source>The path holds a backslash, which Windows reads as a folder separator.</source>
        <translation>Sökvägen innehåller ett omvänt snedstreck, som Windows läser som mappavgränsare.</translation>
    </message>
    <message>
        <source>The path is absolute.</source>
        <translation>Sökvägen är absolut.</translation>
    </message>
    <message>
        <source>The path starts with a drive letter.</source>
        <translation>Sökvägen börjar med en enhetsbokstav.</translation>
    </message>
    <message>
        <source>The path holds a colon, which Windows reads as a drive or stream name.</source>
        <translation>Sökvägen innehåller ett kolon, som Windows läser som en enhet eller ett strömnamn.</translation>
    </message>
    <message>
        <source>The path has a “..” part, which leads out of its folder.</source>
        <translation>Sökvägen har en ”..”-del, som leder ut ur mappen.</translation>
    </message>
    <message>
        <source>The ZIP file must be read from a file, not from a stream.</source>
        <translation>ZIP-filen måste läsas från en fil, inte från en ström.</translation>
    </message>
    <message>
        <source>The ZIP file cannot be read: %1</source>
        <translation>ZIP-filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The ZIP file is %1, more than the limit of %2.</source>
        <translation>ZIP-filen är %1, mer än gränsen på %2.</translation>
    </message>
    <message>
        <source>The file is empty: it is not a ZIP file.</source>
        <translation>Filen är tom: det är ingen ZIP-fil.</translation>
    </message>
    <message>
        <source>The file is not a ZIP file, or it is damaged or truncated: its table of contents cannot be found.</source>
        <translation>Filen är ingen ZIP-fil, eller så är den skadad eller avkortad: dess innehållsförteckning kan inte hittas.</translation>
    </message>
    <message>
        <source>The ZIP file is damaged: its table of contents cannot be read (%1).</source>
        <translation>ZIP-filen är skadad: dess innehållsförteckning kan inte läsas (%1).</translation>
    </message>
    <message>
        <source>The ZIP file lists %1 entries, more than the %2 that ccbulk reads from one ZIP.</source>
        <translation>ZIP-filen listar %1 poster, fler än de %2 som ccbulk läser från en ZIP.</translation>
    </message>
    <message>
        <source>The ZIP file holds more than the %1 entries that ccbulk reads from one ZIP.</source>
        <translation>ZIP-filen innehåller fler än de %1 poster som ccbulk läser från en ZIP.</translation>
    </message>
    <message>
        <source>The ZIP file is damaged or truncated: its table of contents cannot be read past entry %1 (%2).</source>
        <translation>ZIP-filen är skadad eller avkortad: dess innehållsförteckning kan inte läsas efter post %1 (%2).</translation>
    </message>
    <message>
        <source>The ZIP file is refused: the entry “%1” declares %2 of content from %3 of compressed data, which cannot be true. It may be a zip bomb; nothing was unpacked.</source>
        <translation>ZIP-filen avvisas: posten ”%1” anger %2 innehåll från %3 komprimerade data, vilket inte kan stämma. Den kan vara en zip-bomb; ingenting packades upp.</translation>
    </message>
    <message>
        <source>The ZIP file is refused: its entries declare %1 of content, more than the %2 that ccbulk unpacks from one ZIP. It may be a zip bomb; nothing was unpacked.</source>
        <translation>ZIP-filen avvisas: dess poster anger %1 innehåll, mer än de %2 som ccbulk packar upp från en ZIP. Den kan vara en zip-bomb; ingenting packades upp.</translation>
    </message>
    <message>
        <source>The ZIP file is refused: its entries declare %1 of compressed data, more than the whole file holds. It is damaged, or a zip bomb; nothing was unpacked.</source>
        <translation>ZIP-filen avvisas: dess poster anger %1 komprimerade data, mer än hela filen rymmer. Den är skadad, eller en zip-bomb; ingenting packades upp.</translation>
    </message>
    <message>
        <source>The entry is not part of this ZIP file.</source>
        <translation>Posten hör inte till den här ZIP-filen.</translation>
    </message>
    <message>
        <source>The entry is a folder, a link, encrypted or has an unsafe path, and is not read.</source>
        <translation>Posten är en mapp, en länk, krypterad eller har en osäker sökväg, och läses inte.</translation>
    </message>
    <message>
        <source>The entry is compressed with method %1; ccbulk reads only stored and deflated entries.</source>
        <translation>Posten är komprimerad med metod %1; ccbulk läser bara okomprimerade och deflate-komprimerade poster.</translation>
    </message>
    <message>
        <source>Reading the entry would unpack more than the %1 that ccbulk unpacks from one ZIP.</source>
        <translation>Att läsa posten skulle packa upp mer än de %1 som ccbulk packar upp från en ZIP.</translation>
    </message>
    <message>
        <source>The ZIP file is damaged: the entry “%1” cannot be read (%2).</source>
        <translation>ZIP-filen är skadad: posten ”%1” kan inte läsas (%2).</translation>
    </message>
</context>
<context>
    <name>ccbulk::AudioImportEngine</name>
    <message>
        <source>Refused: %1 Nothing of it is read or written.</source>
        <translation>Avvisad: %1 Ingenting av den läses eller skrivs.</translation>
    </message>
    <message>
        <source>A symbolic link: links are skipped, never followed.</source>
        <translation>En symbolisk länk: länkar hoppas över och följs aldrig.</translation>
    </message>
    <message>
        <source>Not a WAV file: only files whose names end in .wav are imported.</source>
        <translation>Ingen WAV-fil: bara filer vars namn slutar på .wav importeras.</translation>
    </message>
    <message>
        <source>The file name cannot name an audio file: %1</source>
        <translation>Filnamnet kan inte vara namnet på en ljudfil: %1</translation>
    </message>
    <message>
        <source>The file is encrypted (protected by a password), which ccbulk cannot read. Add it to the ZIP without a password.</source>
        <translation>Filen är krypterad (skyddad med lösenord), vilket ccbulk inte kan läsa. Lägg till den i ZIP-filen utan lösenord.</translation>
    </message>
    <message>
        <source>The file is compressed with method %1; ccbulk reads only stored and deflated entries. Make the ZIP again with the usual settings.</source>
        <translation>Filen är komprimerad med metod %1; ccbulk läser bara okomprimerade och deflate-komprimerade poster. Skapa ZIP-filen igen med de vanliga inställningarna.</translation>
    </message>
    <message>
        <source>The name “%1” is also in this ZIP, at %2; none of them is imported.</source>
        <translation>Namnet ”%1” finns också i den här ZIP-filen, i %2; ingen av dem importeras.</translation>
    </message>
    <message>
        <source>The tenant could not be read: %1</source>
        <translation>Klientorganisationen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting importerades.</translation>
    </message>
    <message>
        <source>Not a valid WAV file: %1</source>
        <translation>Ingen giltig WAV-fil: %1</translation>
    </message>
    <message>
        <source>The stored name “%1” is kept.</source>
        <translation>Det lagrade namnet ”%1” behålls.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n entry(s); the entries done so far are kept.</source>
        <translation>
            <numerusform>Avbrutet efter %n post; de poster som redan är klara behålls.</numerusform>
            <numerusform>Avbrutet efter %n poster; de poster som redan är klara behålls.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant could not be written: %1</source>
        <translation>Klientorganisationen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>%1 is not imported from a ZIP file.</source>
        <translation>%1 importeras inte från en ZIP-fil.</translation>
    </message>
</context>
<context>
    <name>ccbulk::CsvProblemText</name>
    <message numerus="yes">
        <source>%1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 (%n byte)</numerusform>
            <numerusform>%1 (%n byte)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (Excel&apos;s “Unicode Text”). Save it as “CSV UTF-8” or “CSV (comma delimited)” instead.</source>
        <translation>Filen är sparad som UTF-16 (Excels ”Unicode-text”). Spara den som ”CSV UTF-8” eller ”CSV (semikolonavgränsad)” i stället.</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds a NUL byte: this is not a text CSV file.</source>
        <translation>Rad %1, kolumn %2 innehåller en NUL-byte: det här är ingen CSV-textfil.</translation>
    </message>
    <message>
        <source>The quoted cell that starts on row %1, column %2 is never closed: a closing quote (&quot;) is missing.</source>
        <translation>Cellen inom citattecken som börjar på rad %1, kolumn %2 avslutas aldrig: ett avslutande citattecken (&quot;) saknas.</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1.</source>
        <translation>Filen är större än gränsen på %1.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>A quote (&quot;) inside a cell that does not start with one. Put the whole cell in quotes and double the quote (&quot;&quot;).</source>
        <translation>Ett citattecken (&quot;) i en cell som inte börjar med ett. Sätt hela cellen inom citattecken och dubbla citattecknet (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Text follows the closing quote of a quoted cell. Double a quote that belongs to the text (&quot;&quot;).</source>
        <translation>Text följer efter det avslutande citattecknet i en cell inom citattecken. Dubbla ett citattecken som hör till texten (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The text is not UTF-8, although the file starts with the mark of a UTF-8 file; the characters that could not be read show as �. Save the file again as “CSV UTF-8”.</source>
        <translation>Texten är inte UTF-8, fast filen börjar med märket för en UTF-8-fil; de tecken som inte kunde läsas visas som �. Spara filen igen som ”CSV UTF-8”.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ErrorCsv</name>
    <message>
        <source>The submitted file cannot be read: %1</source>
        <translation>Den inskickade filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The error file is not open for writing.</source>
        <translation>Felfilen är inte öppen för skrivning.</translation>
    </message>
    <message>
        <source>The error file cannot be written: %1</source>
        <translation>Felfilen kan inte skrivas: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>ccbulk::ExportEngine</name>
    <message>
        <source>The ZIP file could not be started (%1).</source>
        <translation>ZIP-filen kunde inte påbörjas (%1).</translation>
    </message>
    <message>
        <source>%1 could not be added to the ZIP file.</source>
        <translation>%1 kunde inte läggas till i ZIP-filen.</translation>
    </message>
    <message>
        <source>The ZIP file could not be finished (%1).</source>
        <translation>ZIP-filen kunde inte slutföras (%1).</translation>
    </message>
    <message>
        <source>%1 cannot be exported: audio files are only imported, as a ZIP of WAV files.</source>
        <translation>%1 kan inte exporteras: ljudfiler importeras bara, som en ZIP med WAV-filer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>The tenant could not be read: %1</source>
        <translation>Klientorganisationen kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>ccbulk::FileValidator</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan inte öppna %1: %2</translation>
    </message>
    <message>
        <source>%1 is not imported from a CSV file.</source>
        <translation>%1 importeras inte från en CSV-fil.</translation>
    </message>
    <message>
        <source>The file is %1, more than the limit of %2.</source>
        <translation>Filen är %1, mer än gränsen på %2.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Kolumn %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n cell(s), but the header has %1.</source>
        <translation>
            <numerusform>Raden har %n cell, men rubrikraden har %1.</numerusform>
            <numerusform>Raden har %n celler, men rubrikraden har %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has %1 data rows, more than the limit of %2.</source>
        <translation>Filen har %1 datarader, fler än gränsen på %2.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>Filen har en rubrikrad men inga datarader.</translation>
    </message>
    <message>
        <source>The extra cells are empty and ignored.</source>
        <translation>De extra cellerna är tomma och ignoreras.</translation>
    </message>
</context>
<context>
    <name>ccbulk::HandedOverTenant</name>
    <message>
        <source>The import was stopped.</source>
        <translation>Importen stoppades.</translation>
    </message>
</context>
<context>
    <name>ccbulk::HeaderMapping</name>
    <message>
        <source>Column %1 has no header; its cells are ignored.</source>
        <translation>Kolumn %1 saknar rubrik; dess celler ignoreras.</translation>
    </message>
    <message>
        <source>Unknown column %1 (column %2) is ignored.</source>
        <translation>Den okända kolumnen %1 (kolumn %2) ignoreras.</translation>
    </message>
    <message>
        <source>columns %1 and %2 (%3 and %4) both name %5</source>
        <translation>kolumnerna %1 och %2 (%3 och %4) anger båda %5</translation>
    </message>
    <message>
        <source>The file cannot be used: %1.</source>
        <translation>Filen kan inte användas: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n required column(s) missing: %1</source>
        <translation>
            <numerusform>%n obligatorisk kolumn saknas: %1</numerusform>
            <numerusform>%n obligatoriska kolumner saknas: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccbulk::ImportEngine</name>
    <message>
        <source>Another row of the same object failed (row %1).</source>
        <translation>En annan rad i samma objekt misslyckades (rad %1).</translation>
    </message>
    <message>
        <source>The tenant could not be read: %1</source>
        <translation>Klientorganisationen kunde inte läsas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n row(s); the rows done so far are kept.</source>
        <translation>
            <numerusform>Avbrutet efter %n rad; de rader som redan är klara behålls.</numerusform>
            <numerusform>Avbrutet efter %n rader; de rader som redan är klara behålls.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant could not be written: %1</source>
        <translation>Klientorganisationen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>The import could not start: no thread is left for it.</source>
        <translation>Importen kunde inte starta: det finns ingen tråd kvar för den.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ImportPlanner</name>
    <message>
        <source>%1 cannot change once the object exists: it is %2, the file says %3.</source>
        <translation>%1 kan inte ändras när objektet väl finns: det är %2, filen säger %3.</translation>
    </message>
    <message>
        <source>%1 is not in this object, so there is nothing to remove.</source>
        <translation>%1 finns inte i det här objektet, så det finns inget att ta bort.</translation>
    </message>
    <message>
        <source>This object would be left without children; it needs at least one.</source>
        <translation>Objektet skulle bli utan underrader; det behöver minst en.</translation>
    </message>
    <message>
        <source>There is no %1 %2 in the tenant, and an import cannot create one: users are created in Control Hub first, with a contact-center licence, and then updated here.</source>
        <translation>Det finns ingen %1 %2 i klientorganisationen, och en import kan inte skapa en: användare skapas först i Control Hub, med en licens för kontaktcenter, och uppdateras sedan här.</translation>
    </message>
    <message>
        <source>%1 is already the name of an object of type “%2”; the two types share their names.</source>
        <translation>%1 är redan namnet på ett objekt av typen ”%2”; de två typerna delar namn.</translation>
    </message>
    <message>
        <source>%1 could not be checked: the tenant holds no object of type “%2” at all (said once per file).</source>
        <translation>%1 kunde inte kontrolleras: klientorganisationen har inget objekt av typen ”%2” alls (sägs en gång per fil).</translation>
    </message>
    <message>
        <source>The file has no %1 column, which a new object needs when %2.</source>
        <translation>Filen saknar kolumnen %1, som ett nytt objekt behöver när %2.</translation>
    </message>
</context>
<context>
    <name>ccbulk::JobRunner</name>
    <message>
        <source>Interrupted: the program running this job stopped before it ended. Rows already written are kept; importing the same file again finishes the work.</source>
        <translation>Avbrutet: programmet som körde jobbet stannade innan det var klart. Rader som redan skrivits behålls; importera samma fil igen för att slutföra arbetet.</translation>
    </message>
    <message>
        <source>Unknown object type “%1”.</source>
        <translation>Okänd objekttyp ”%1”.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
</context>
<context>
    <name>ccbulk::JobStore</name>
    <message>
        <source>the folder cannot be created.</source>
        <translation>mappen kan inte skapas.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qt:s SQLite-drivrutin (QSQLITE) är inte installerad.</translation>
    </message>
    <message>
        <source>write-ahead logging is not available here.</source>
        <translation>loggning i förväg (WAL) är inte tillgänglig här.</translation>
    </message>
    <message>
        <source>The job store %1 could not be opened: %2</source>
        <translation>Jobblagret %1 kunde inte öppnas: %2</translation>
    </message>
    <message>
        <source>it was written by a newer version of ccbulk (schema %1; this version reads up to %2).</source>
        <translation>det skrevs av en nyare version av ccbulk (schema %1; den här versionen läser upp till %2).</translation>
    </message>
    <message>
        <source>The job store is not open.</source>
        <translation>Jobblagret är inte öppet.</translation>
    </message>
    <message>
        <source>The job store failed: %1</source>
        <translation>Jobblagret misslyckades: %1</translation>
    </message>
    <message>
        <source>No job has the id %1.</source>
        <translation>Inget jobb har id %1.</translation>
    </message>
    <message>
        <source>%1 is not a job id.</source>
        <translation>%1 är inget jobb-id.</translation>
    </message>
    <message>
        <source>“%1” cannot be a file name in the job&apos;s folder.</source>
        <translation>”%1” kan inte vara ett filnamn i jobbets mapp.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>The file to store cannot be read: %1</source>
        <translation>Filen som ska sparas kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be removed.</source>
        <translation>Mappen %1 kan inte tas bort.</translation>
    </message>
    <message numerus="yes">
        <source>A job id needs at least %n character(s).</source>
        <translation>
            <numerusform>Ett jobb-id behöver minst %n tecken.</numerusform>
            <numerusform>Ett jobb-id behöver minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>No job has an id that starts with “%1”.</source>
        <translation>Inget jobb har ett id som börjar med ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The id “%1” matches %n job(s): %2</source>
        <translation>
            <numerusform>Id ”%1” matchar %n jobb: %2</numerusform>
            <numerusform>Id ”%1” matchar %n jobb: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The new job&apos;s id %1 is not 32 hexadecimal characters.</source>
        <translation>Det nya jobbets id %1 är inte 32 hexadecimala tecken.</translation>
    </message>
    <message>
        <source>Job %1 has already started.</source>
        <translation>Jobb %1 har redan startat.</translation>
    </message>
    <message>
        <source>A job cannot finish as “%1”.</source>
        <translation>Ett jobb kan inte avslutas som ”%1”.</translation>
    </message>
</context>
<context>
    <name>ccbulk::JobText</name>
    <message>
        <source>Import</source>
        <comment>job type</comment>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>job type</comment>
        <translation>Export</translation>
    </message>
    <message>
        <source>New</source>
        <comment>job status</comment>
        <translation>Ny</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>job status</comment>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job status</comment>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <comment>job status</comment>
        <translation>Slutförd med fel</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job status</comment>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>row result</comment>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>row result</comment>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <comment>row result</comment>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>row result</comment>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>row result</comment>
        <translation>Överhoppad</translation>
    </message>
</context>
<context>
    <name>ccbulk::LocalObjectTable</name>
    <message>
        <source>The stored object %1 of type “%2” is damaged: its fields cannot be read.</source>
        <translation>Det lagrade objektet %1 av typen ”%2” är skadat: dess fält kan inte läsas.</translation>
    </message>
</context>
<context>
    <name>ccbulk::LocalSchema</name>
    <message>
        <source>The tenant database cannot be read: %1</source>
        <translation>Klientorganisationens databas kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The tenant database was written by a newer version of ccbulk (schema version %1; this version knows versions up to %2). Update ccbulk to open it.</source>
        <translation>Klientorganisationens databas skrevs av en nyare version av ccbulk (schemaversion %1; den här versionen känner till versioner upp till %2). Uppdatera ccbulk för att öppna den.</translation>
    </message>
    <message>
        <source>The tenant database could not be upgraded to schema version %1: %2</source>
        <translation>Klientorganisationens databas kunde inte uppgraderas till schemaversion %1: %2</translation>
    </message>
</context>
<context>
    <name>ccbulk::LocalTenant</name>
    <message>
        <source>Cannot create the folder %1 for the tenant database.</source>
        <translation>Kan inte skapa mappen %1 för klientorganisationens databas.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed, so the local tenant cannot be opened.</source>
        <translation>Qt:s SQLite-drivrutin (QSQLITE) är inte installerad, så den lokala klientorganisationen kan inte öppnas.</translation>
    </message>
    <message>
        <source>Cannot open the tenant database %1: %2</source>
        <translation>Kan inte öppna klientorganisationens databas %1: %2</translation>
    </message>
    <message>
        <source>The tenant database %1 is not open.</source>
        <translation>Klientorganisationens databas %1 är inte öppen.</translation>
    </message>
    <message>
        <source>The tenant database could not be read: %1</source>
        <translation>Klientorganisationens databas kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The tenant database could not be written, so nothing of this batch was saved: %1</source>
        <translation>Det gick inte att skriva till klientorganisationens databas, så inget av den här omgången sparades: %1</translation>
    </message>
    <message>
        <source>The object is of type “%1”, not “%2”.</source>
        <translation>Objektet är av typen ”%1”, inte ”%2”.</translation>
    </message>
    <message>
        <source>The object has no key.</source>
        <translation>Objektet saknar nyckel.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>”%1” finns redan.</translation>
    </message>
    <message>
        <source>“%1” already exists, spelt “%2”.</source>
        <translation>”%1” finns redan, stavat ”%2”.</translation>
    </message>
    <message>
        <source>The update does not name a stored object.</source>
        <translation>Uppdateringen anger inget lagrat objekt.</translation>
    </message>
    <message>
        <source>The tenant holds no object of this type with the id %1; it may have been removed.</source>
        <translation>Klientorganisationen har inget objekt av den här typen med id %1; det kan ha tagits bort.</translation>
    </message>
    <message>
        <source>The people could not be saved: %1</source>
        <translation>Personerna kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>A person without an e-mail address cannot be saved, so none of the people were saved.</source>
        <translation>En person utan e-postadress kan inte sparas, så ingen av personerna sparades.</translation>
    </message>
    <message>
        <source>The tenant holds no audio content for the object %1.</source>
        <translation>Klientorganisationen har inget ljudinnehåll för objektet %1.</translation>
    </message>
</context>
<context>
    <name>ccbulk::LocalTransaction</name>
    <message>
        <source>No transaction is open.</source>
        <translation>Ingen transaktion är öppen.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ObjectTracker</name>
    <message>
        <source>%1 is already on row %2; only that row is used.</source>
        <translation>%1 finns redan på rad %2; bara den raden används.</translation>
    </message>
    <message>
        <source>%1 comes back on row %2, after other objects: the rows of one object must be consecutive.</source>
        <translation>%1 återkommer på rad %2, efter andra objekt: raderna för ett objekt måste stå i följd.</translation>
    </message>
    <message>
        <source>%1 is also on row %2, before other objects: the rows of one object must be consecutive.</source>
        <translation>%1 finns också på rad %2, före andra objekt: raderna för ett objekt måste stå i följd.</translation>
    </message>
    <message>
        <source>%1 is empty on row %2, the first row of this object; leave it empty here too, or move the value to that row.</source>
        <translation>%1 är tom på rad %2, objektets första rad; lämna den tom även här, eller flytta värdet till den raden.</translation>
    </message>
    <message>
        <source>%1 differs from %2 on row %3, the first row of this object; leave it empty or repeat the same value.</source>
        <translation>%1 skiljer sig från %2 på rad %3, objektets första rad; lämna cellen tom eller upprepa samma värde.</translation>
    </message>
    <message>
        <source>%1 is already on row %2 of this object.</source>
        <translation>%1 finns redan på rad %2 i det här objektet.</translation>
    </message>
    <message>
        <source>Only one row of an object may have %1 TRUE; row %2 already has.</source>
        <translation>Bara en rad i ett objekt får ha %1 TRUE; rad %2 har det redan.</translation>
    </message>
    <message numerus="yes">
        <source>This object needs at least %n child row(s) (%1).</source>
        <translation>
            <numerusform>Objektet behöver minst %n underrad (%1).</numerusform>
            <numerusform>Objektet behöver minst %n underrader (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The values of %1 in this object must run 1, 2, 3… with no gaps or repeats; found %2.</source>
        <translation>Värdena i %1 för det här objektet måste löpa 1, 2, 3… utan luckor eller upprepningar; hittade %2.</translation>
    </message>
</context>
<context>
    <name>ccbulk::PeopleImport</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan inte öppna %1: %2</translation>
    </message>
    <message>
        <source>The file is %1, more than the limit of %2.</source>
        <translation>Filen är %1, mer än gränsen på %2.</translation>
    </message>
    <message>
        <source>Unknown column %1 (column %2) is ignored.</source>
        <translation>Den okända kolumnen %1 (kolumn %2) ignoreras.</translation>
    </message>
    <message>
        <source>The file cannot be used: columns %1 and %2 both name %3.</source>
        <translation>Filen kan inte användas: kolumnerna %1 och %2 anger båda %3.</translation>
    </message>
    <message>
        <source>The file cannot be used: it has no “Email” column. A people file has the columns Email, First Name and Last Name.</source>
        <translation>Filen kan inte användas: den saknar kolumnen ”Email”. En personfil har kolumnerna Email, First Name och Last Name.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Kolumn %1: %2</translation>
    </message>
    <message>
        <source>The e-mail address is missing.</source>
        <translation>E-postadressen saknas.</translation>
    </message>
    <message>
        <source>%1 is already on row %2.</source>
        <translation>%1 finns redan på rad %2.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ReferenceResolver</name>
    <message>
        <source>There is no %1 named %2.</source>
        <translation>Det finns inget objekt av typen ”%1” som heter %2.</translation>
    </message>
    <message>
        <source>There is no %1 named %2. Did you mean %3?</source>
        <translation>Det finns inget objekt av typen ”%1” som heter %2. Menade du %3?</translation>
    </message>
    <message>
        <source>Multimedia Profile</source>
        <translation>Multimedieprofil</translation>
    </message>
    <message>
        <source>Desktop Layout</source>
        <translation>Skrivbordslayout</translation>
    </message>
    <message>
        <source>Dial Plan</source>
        <translation>Uppringningsplan</translation>
    </message>
    <message>
        <source>Threshold Rule</source>
        <translation>Tröskelregel</translation>
    </message>
    <message>
        <source>Webex Connect Asset</source>
        <translation>Webex Connect-resurs</translation>
    </message>
</context>
<context>
    <name>ccbulk::RowChecker</name>
    <message>
        <source>%1 is %2</source>
        <translation>%1 är %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 inte är %2</translation>
    </message>
    <message>
        <source>%1 is %2 or more</source>
        <translation>%1 är %2 eller mer</translation>
    </message>
    <message>
        <source>the row carries a child</source>
        <translation>raden innehåller en underrad</translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>Ett värde krävs.</translation>
    </message>
    <message>
        <source>A value is required when %1.</source>
        <translation>Ett värde krävs när %1.</translation>
    </message>
    <message>
        <source>The file has no %1 column, which a new object needs when %2. Existing objects keep their stored value.</source>
        <translation>Filen saknar kolumnen %1, som ett nytt objekt behöver när %2. Befintliga objekt behåller sitt lagrade värde.</translation>
    </message>
    <message>
        <source>%1 is ignored: this column applies only when %2.</source>
        <translation>%1 ignoreras: kolumnen gäller bara när %2.</translation>
    </message>
    <message>
        <source>TRUE here requires %1 to be TRUE.</source>
        <translation>TRUE här kräver att %1 är TRUE.</translation>
    </message>
</context>
<context>
    <name>ccbulk::Tenant</name>
    <message>
        <source>This tenant does not keep the content of audio files.</source>
        <translation>Den här klientorganisationen sparar inte innehållet i ljudfiler.</translation>
    </message>
</context>
<context>
    <name>ccbulk::TextPattern</name>
    <message>
        <source>space</source>
        <translation>mellanslag</translation>
    </message>
    <message>
        <source>any character except %1</source>
        <translation>alla tecken utom %1</translation>
    </message>
</context>
<context>
    <name>ccbulk::TypeRules</name>
    <message>
        <source>Wrap Up Codes: %1 is not a wrap-up code (its work type %2 is for idle codes).</source>
        <translation>Wrap Up Codes: %1 är ingen kod för efterbearbetning (dess arbetstyp %2 är för pauskoder).</translation>
    </message>
    <message>
        <source>Idle Codes: %1 is not an idle code (its work type %2 is for wrap-up codes).</source>
        <translation>Idle Codes: %1 är ingen pauskod (dess arbetstyp %2 är för koder för efterbearbetning).</translation>
    </message>
    <message>
        <source>Teams: %1 is a capacity team; users join agent teams only.</source>
        <translation>Teams: %1 är ett kapacitetsteam; användare går bara med i agentteam.</translation>
    </message>
    <message>
        <source>Teams: %1 is on the site %2, not on %3.</source>
        <translation>Teams: %1 finns på platsen %2, inte på %3.</translation>
    </message>
    <message>
        <source>Entry Point: %1 is a %2 entry point; numbers map to telephony entry points only.</source>
        <translation>Entry Point: %1 är en startadress för %2; nummer mappas bara till startadresser för telefoni.</translation>
    </message>
    <message>
        <source>a proficiency from 0 to 10 is expected, not %1.</source>
        <translation>en färdighetsnivå från 0 till 10 förväntas, inte %1.</translation>
    </message>
    <message>
        <source>TRUE or FALSE is expected, not %1.</source>
        <translation>TRUE eller FALSE förväntas, inte %1.</translation>
    </message>
    <message>
        <source>at most 100 characters are allowed, not %1.</source>
        <translation>högst 100 tecken är tillåtna, inte %1.</translation>
    </message>
    <message>
        <source>at least one of %1 is expected.</source>
        <translation>minst ett av %1 förväntas.</translation>
    </message>
    <message>
        <source>%1 is not one of the skill&apos;s values (%2).</source>
        <translation>%1 är inte ett av kompetensens värden (%2).</translation>
    </message>
    <message>
        <source>Skill Values for %1: %2</source>
        <translation>Skill Values för %1: %2</translation>
    </message>
    <message>
        <source>Work Type: %1 is for other codes than %2; a code keeps its kind.</source>
        <translation>Work Type: %1 är för andra koder än %2; en kod behåller sitt slag.</translation>
    </message>
    <message>
        <source>Default: only one code of a kind may be the default; rows %1 all set it.</source>
        <translation>Default: bara en kod av varje slag får vara standard; raderna %1 anger det alla.</translation>
    </message>
    <message>
        <source>Default: the tenant has no %1 code yet, so the first one must be the default (Default = TRUE).</source>
        <translation>Default: klientorganisationen har ingen %1-kod ännu, så den första måste vara standard (Default = TRUE).</translation>
    </message>
    <message>
        <source>%1: the value %2 is still used by the skill profile %3.</source>
        <translation>%1: värdet %2 används fortfarande av kompetensprofilen %3.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ValueChecker</name>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>%1 must start with one of: %2.</source>
        <translation>%1 måste börja med något av: %2.</translation>
    </message>
    <message>
        <source>space</source>
        <translation>mellanslag</translation>
    </message>
    <message>
        <source>%1 contains characters that are not allowed here: %2. Allowed: %3.</source>
        <translation>%1 innehåller tecken som inte är tillåtna här: %2. Tillåtna: %3.</translation>
    </message>
    <message>
        <source>The first character must be one of: %1.</source>
        <translation>Det första tecknet måste vara något av: %1.</translation>
    </message>
    <message>
        <source>%1 does not have the required form (%2).</source>
        <translation>%1 har inte den form som krävs (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n character(s) long; at most %2 are allowed.</source>
        <translation>
            <numerusform>%1 är %n tecken lång; högst %2 är tillåtna.</numerusform>
            <numerusform>%1 är %n tecken lång; högst %2 är tillåtna.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not an e-mail address (such as name@example.com).</source>
        <translation>%1 är ingen e-postadress (som namn@example.com).</translation>
    </message>
    <message>
        <source>%1 is not a dial number: an optional + followed by digits, dots and dashes.</source>
        <translation>%1 är inget uppringningsnummer: ett valfritt + följt av siffror, punkter och bindestreck.</translation>
    </message>
    <message>
        <source>%1 is not a phone number: use digits and the characters ( ) + -.</source>
        <translation>%1 är inget telefonnummer: använd siffror och tecknen ( ) + -.</translation>
    </message>
    <message>
        <source>%1 is neither a phone number (an optional + and digits) nor a SIP address (sip:…).</source>
        <translation>%1 är varken ett telefonnummer (ett valfritt + och siffror) eller en SIP-adress (sip:…).</translation>
    </message>
    <message>
        <source>%1 must end in %2.</source>
        <translation>%1 måste sluta med %2.</translation>
    </message>
    <message>
        <source>%1 is not a whole number in plain digits (no sign, decimals or spaces).</source>
        <translation>%1 är inget heltal skrivet med bara siffror (utan tecken, decimaler eller mellanslag).</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 är inget heltal.</translation>
    </message>
    <message>
        <source>%1 is less than %2, the smallest value allowed.</source>
        <translation>%1 är mindre än %2, det minsta tillåtna värdet.</translation>
    </message>
    <message>
        <source>%1 is more than %2, the largest value allowed.</source>
        <translation>%1 är mer än %2, det största tillåtna värdet.</translation>
    </message>
    <message>
        <source>%1 is not a yes/no value: use TRUE or FALSE (YES/NO, ON/OFF and 1/0 are accepted too).</source>
        <translation>%1 är inget ja/nej-värde: använd TRUE eller FALSE (YES/NO, ON/OFF och 1/0 godtas också).</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values: %2.</source>
        <translation>%1 är inte ett av de tillåtna värdena: %2.</translation>
    </message>
    <message>
        <source>%1 is not a time zone known to this system: use an IANA name such as Europe/Stockholm.</source>
        <translation>%1 är ingen tidszon som det här systemet känner till: använd ett IANA-namn som Europe/Stockholm.</translation>
    </message>
    <message numerus="yes">
        <source>The list needs at least %n item(s), separated by “|”.</source>
        <translation>
            <numerusform>Listan behöver minst %n värde, åtskilda med ”|”.</numerusform>
            <numerusform>Listan behöver minst %n värden, åtskilda med ”|”.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be the name of an object of type “%1”: %2</source>
        <translation>Det här kan inte vara namnet på ett objekt av typen ”%1”: %2</translation>
    </message>
    <message>
        <source>%1 looks like a number that a spreadsheet wrote in scientific notation, which loses digits. Format the column as text in the spreadsheet and enter the number again.</source>
        <translation>%1 ser ut som ett tal som ett kalkylprogram har skrivit i grundpotensform, vilket tappar siffror. Formatera kolumnen som text i kalkylprogrammet och skriv in talet igen.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>line break</source>
        <translation>radbrytning</translation>
    </message>
</context>
<context>
    <name>ccbulk::WavInfo</name>
    <message>
        <source>The format chunk gives no channels.</source>
        <translation>Formatblocket anger inga kanaler.</translation>
    </message>
    <message>
        <source>The format chunk gives a sample rate of 0.</source>
        <translation>Formatblocket anger samplingsfrekvensen 0.</translation>
    </message>
    <message>
        <source>The format chunk gives a block size or byte rate of 0.</source>
        <translation>Formatblocket anger blockstorleken eller byte-takten 0.</translation>
    </message>
    <message>
        <source>The format chunk gives %1 bits per sample, which %2 does not have.</source>
        <translation>Formatblocket anger %1 bitar per sampel, vilket %2 inte har.</translation>
    </message>
    <message>
        <source>The format chunk is inconsistent: frames of %1 × %2 bits need %3 bytes each and %4 bytes per second, not %5 and %6.</source>
        <translation>Formatblocket är motsägelsefullt: ramar med %1 × %2 bitar behöver %3 byte var och %4 byte per sekund, inte %5 och %6.</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>stereo</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n kanal</numerusform>
            <numerusform>%n kanaler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%1 bitar</translation>
    </message>
    <message>
        <source>%1, %2 Hz, %3%4, %5 s</source>
        <translation>%1, %2 Hz, %3%4, %5 s</translation>
    </message>
    <message>
        <source>It is not a WAV file: it does not start with a RIFF/WAVE header.</source>
        <translation>Det är ingen WAV-fil: den börjar inte med ett RIFF/WAVE-huvud.</translation>
    </message>
    <message>
        <source>The RIFF header gives a size of %1 bytes, too small for a WAV file.</source>
        <translation>RIFF-huvudet anger storleken %1 byte, för litet för en WAV-fil.</translation>
    </message>
    <message>
        <source>The file is truncated: its RIFF header gives %1 bytes, but the file has %2.</source>
        <translation>Filen är avkortad: dess RIFF-huvud anger %1 byte, men filen har %2.</translation>
    </message>
    <message>
        <source>The chunk “%1” at byte %2 gives %3 bytes, but only %4 are left in the file.</source>
        <translation>Blocket ”%1” vid byte %2 anger %3 byte, men bara %4 finns kvar i filen.</translation>
    </message>
    <message>
        <source>The format chunk has %1 bytes, fewer than the 16 it needs.</source>
        <translation>Formatblocket har %1 byte, färre än de 16 det behöver.</translation>
    </message>
    <message>
        <source>The WAV file has no format (“fmt ”) chunk.</source>
        <translation>WAV-filen saknar formatblock (”fmt ”).</translation>
    </message>
    <message>
        <source>The WAV file has no “data” chunk.</source>
        <translation>WAV-filen saknar ”data”-block.</translation>
    </message>
</context>
<context>
    <name>ccbulk::cli::CliArguments</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Flaggan %1 behöver ett värde.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or sv.</source>
        <translation>Okänt språk ”%1”: använd en eller sv.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Okänd flagga %1.</translation>
    </message>
    <message>
        <source>Usage: ccbulk-cli [global options] COMMAND [arguments]

Global options:
  --tenant PATH        the local tenant database file
  --lang en|sv         language of messages (default: the system&apos;s)
  --user EMAIL         the “Submitted by” address
  --help, --version

Commands:
  types [--json]                  list the object types
  template TYPE [-o FILE]         write TYPE&apos;s CSV template (header row)
  validate TYPE FILE [--offline] [--json]
                                  check FILE (- for standard input) against
                                  TYPE and the tenant (--offline: TYPE only);
                                  writes nothing
  import TYPE FILE [--json]       run an import job to its end
  export TYPE -o FILE [--template] [--json]
                                  run an export job (.csv, or .zip when over
                                  5000 rows); --template writes the header only
  people import FILE [--json]     load the local tenant&apos;s people (Email,
                                  First Name, Last Name)
  jobs [--search TEXT] [--json]   the jobs, newest first
  job ID [--json] [--errors-csv FILE]
                                  one job&apos;s details; write its error CSV

Exit codes: 0 success or valid, 1 the file has errors, 2 wrong usage,
3 the file was refused as a whole, 4 another job is active.
</source>
        <translation>Användning: ccbulk-cli [globala flaggor] KOMMANDO [argument]

Globala flaggor:
  --tenant SÖKVÄG      den lokala klientorganisationens databasfil
  --lang en|sv         meddelandenas språk (standard: systemets)
  --user E-POST        adressen för ”Skickat av”
  --help, --version

Kommandon:
  types [--json]                  lista objekttyperna
  template TYP [-o FIL]           skriv TYP:s CSV-mall (rubrikraden)
  validate TYP FIL [--offline] [--json]
                                  kontrollera FIL (- för standard in) mot
                                  TYP och klientorganisationen (--offline: bara
                                  TYP); skriver ingenting
  import TYP FIL [--json]         kör ett importjobb till slut
  export TYP -o FIL [--template] [--json]
                                  kör ett exportjobb (.csv, eller .zip vid fler än
                                  5000 rader); --template skriver bara rubrikraden
  people import FIL [--json]      läs in den lokala klientorganisationens personer
                                  (Email, First Name, Last Name)
  jobs [--search TEXT] [--json]   jobben, nyaste först
  job ID [--json] [--errors-csv FIL]
                                  ett jobbs detaljer; skriv dess fel-CSV

Avslutningskoder: 0 lyckades eller giltig, 1 filen har fel, 2 fel användning,
3 filen avvisades i sin helhet, 4 ett annat jobb är aktivt.
</translation>
    </message>
</context>
<context>
    <name>ccbulk::cli::CliCommands</name>
    <message>
        <source>Run “ccbulk-cli --help” for usage.</source>
        <translation>Kör ”ccbulk-cli --help” för att se hur programmet används.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Okänt kommando ”%1”.</translation>
    </message>
    <message>
        <source>“types” takes no arguments.</source>
        <translation>”types” tar inga argument.</translation>
    </message>
    <message>
        <source>ZIP of WAV files</source>
        <translation>ZIP med WAV-filer</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Usage: ccbulk-cli template TYPE [-o FILE]</source>
        <translation>Användning: ccbulk-cli template TYP [-o FIL]</translation>
    </message>
    <message>
        <source>Unknown object type “%1”. “ccbulk-cli types” lists them.</source>
        <translation>Okänd objekttyp ”%1”. ”ccbulk-cli types” listar dem.</translation>
    </message>
    <message>
        <source>%1 has no CSV template: it is imported as a ZIP of WAV files.</source>
        <translation>%1 har ingen CSV-mall: den importeras som en ZIP med WAV-filer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Usage: ccbulk-cli validate TYPE FILE [--json]</source>
        <translation>Användning: ccbulk-cli validate TYP FIL [--json]</translation>
    </message>
    <message>
        <source>%1: refused.</source>
        <translation>%1: avvisad.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n rad</numerusform>
            <numerusform>%1: %n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Rad %1, %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Rad %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>The file is valid.</source>
        <translation>Filen är giltig.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard in</translation>
    </message>
    <message>
        <source>Objects: %1 to create, %2 to update, %3 unchanged.</source>
        <translation>Objekt att skapa: %1, att uppdatera: %2, oförändrade: %3.</translation>
    </message>
    <message>
        <source>%1  %2 of %3 (%4): %5</source>
        <translation>%1  %2 av %3 (%4): %5</translation>
    </message>
    <message>
        <source>Submitted by %1, started %2, ended %3</source>
        <translation>Skickat av %1, startat %2, avslutat %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 created, %2 updated, %3 unchanged, %4 failed, %5 skipped</source>
        <translation>
            <numerusform>%n rad – skapade: %1, uppdaterade: %2, oförändrade: %3, misslyckade: %4, överhoppade: %5</numerusform>
            <numerusform>%n rader – skapade: %1, uppdaterade: %2, oförändrade: %3, misslyckade: %4, överhoppade: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) written to %1</source>
        <translation>
            <numerusform>%n objekt skrivet till %1</numerusform>
            <numerusform>%n objekt skrivna till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ccbulk-cli import TYPE FILE [--json]</source>
        <translation>Användning: ccbulk-cli import TYP FIL [--json]</translation>
    </message>
    <message>
        <source>Usage: ccbulk-cli export TYPE -o FILE [--template] [--json]</source>
        <translation>Användning: ccbulk-cli export TYP -o FIL [--template] [--json]</translation>
    </message>
    <message>
        <source>%1 cannot be exported: audio files are only imported, as a ZIP of WAV files.</source>
        <translation>%1 kan inte exporteras: ljudfiler importeras bara, som en ZIP med WAV-filer.</translation>
    </message>
    <message>
        <source>Usage: ccbulk-cli people import FILE [--json]</source>
        <translation>Användning: ccbulk-cli people import FIL [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added</source>
        <translation>
            <numerusform>%n person tillagd</numerusform>
            <numerusform>%n personer tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n uppdaterad</numerusform>
            <numerusform>%n uppdaterade</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ccbulk-cli jobs [--search TEXT] [--json]</source>
        <translation>Användning: ccbulk-cli jobs [--search TEXT] [--json]</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>Inga jobb.</translation>
    </message>
    <message>
        <source>Usage: ccbulk-cli job ID [--json] [--errors-csv FILE]</source>
        <translation>Användning: ccbulk-cli job ID [--json] [--errors-csv FIL]</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3: %4</source>
        <translation>Rad %1 (%2): %3: %4</translation>
    </message>
    <message>
        <source>Job %1 has no CSV file to take failed rows from.</source>
        <translation>Jobb %1 har ingen CSV-fil att hämta misslyckade rader från.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Skicka in</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kontrollera &amp;igen</translation>
    </message>
    <message>
        <source>Read the file again, after fixing it in a spreadsheet</source>
        <translation>Läs filen igen, efter att du rättat den i ett kalkylprogram</translation>
    </message>
    <message>
        <source>Issues found in the file</source>
        <translation>Problem i filen</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerar %1…</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 kan inte importeras.</translation>
    </message>
    <message>
        <source>Fix the file, then check it again, or go back and choose another file.</source>
        <translation>Rätta filen och kontrollera den igen, eller gå tillbaka och välj en annan fil.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) checked</source>
        <translation>
            <numerusform>%1: %n rad kontrollerad</numerusform>
            <numerusform>%1: %n rader kontrollerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Objects: %1 to create, %2 to update, %3 unchanged.</source>
        <translation>Objekt att skapa: %1, att uppdatera: %2, oförändrade: %3.</translation>
    </message>
    <message>
        <source>Rows with errors will fail; the other rows will be imported. Fix the file and check again, or submit it as it is.</source>
        <translation>Rader med fel misslyckas, övriga importeras. Rätta filen och kontrollera igen, eller skicka in den som den är.</translation>
    </message>
    <message>
        <source>The file is ready. Submit starts the import.</source>
        <translation>Filen är klar. Skicka in startar importen.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Skicka in</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;objects, as a CSV file (a ZIP of CSV files beyond %n row(s))</source>
        <translation>
            <numerusform>&amp;Objekten, som en CSV-fil (en ZIP med CSV-filer över %n rad)</numerusform>
            <numerusform>&amp;Objekten, som en CSV-fil (en ZIP med CSV-filer över %n rader)</numerusform>
        </translation>
    </message>
    <message>
        <source>An empty &amp;template: the header row only</source>
        <translation>En tom &amp;mall: bara rubrikraden</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Spara som:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fil att skriva</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Spara exporten som</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;ZIP files (*.zip)</source>
        <translation>CSV-filer (*.csv);;ZIP-filer (*.zip)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 är en mapp; ange ett filnamn.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::ImportFilePage</name>
    <message>
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <source>&amp;Download a sample template…</source>
        <translation>&amp;Hämta en exempelmall…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Audio files are imported as one ZIP file of WAV files (at most 50 MB).</source>
        <translation>Ljudfiler importeras som en ZIP-fil med WAV-filer (högst 50 MB).</translation>
    </message>
    <message>
        <source>Start from a sample template: a CSV file with the columns of %1, ready to fill in with a spreadsheet.</source>
        <translation>Börja från en exempelmall: en CSV-fil med kolumnerna för %1, klar att fylla i med ett kalkylprogram.</translation>
    </message>
    <message>
        <source>&amp;ZIP file of WAV files:</source>
        <translation>&amp;ZIP-fil med WAV-filer:</translation>
    </message>
    <message>
        <source>&amp;CSV file:</source>
        <translation>&amp;CSV-fil:</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 är ingen fil som kan läsas.</translation>
    </message>
    <message>
        <source>Download a sample template</source>
        <translation>Hämta en exempelmall</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Template saved as %1.</source>
        <translation>Mallen sparades som %1.</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-filer (*.zip)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Välj filen att importera</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::IssueTableModel</name>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::JobDetailsDialog</name>
    <message>
        <source>Job details</source>
        <translation>Jobbdetaljer</translation>
    </message>
    <message>
        <source>Bulk operation ID:</source>
        <translation>Massåtgärdens id:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Filnamn:</translation>
    </message>
    <message>
        <source>Job type:</source>
        <translation>Jobbtyp:</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objekt:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>Inskickat av:</translation>
    </message>
    <message>
        <source>Start time:</source>
        <translation>Starttid:</translation>
    </message>
    <message>
        <source>End time:</source>
        <translation>Sluttid:</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alla resultat</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Visa resultat</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtrera rader</translation>
    </message>
    <message>
        <source>Results per row</source>
        <translation>Resultat per rad</translation>
    </message>
    <message>
        <source>&amp;Export errors to CSV…</source>
        <translation>&amp;Exportera fel till CSV…</translation>
    </message>
    <message>
        <source>&amp;Download export file…</source>
        <translation>&amp;Hämta exportfilen…</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Avbryt jobbet</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) exported.</source>
        <translation>
            <numerusform>%n objekt exporterat.</numerusform>
            <numerusform>%n objekt exporterade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: %1 in all, %2 created, %3 updated, %4 unchanged, %5 failed, %6 skipped.</source>
        <translation>Rader totalt: %1 – skapade: %2, uppdaterade: %3, oförändrade: %4, misslyckade: %5, överhoppade: %6.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::JobFileActions</name>
    <message>
        <source>Cannot read the export file %1: %2</source>
        <translation>Kan inte läsa exportfilen %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-filer (*.zip)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Download export file</source>
        <translation>Hämta exportfilen</translation>
    </message>
    <message>
        <source>%1_errors.csv</source>
        <comment>file name of an error CSV</comment>
        <translation>%1_fel.csv</translation>
    </message>
    <message>
        <source>Export errors to CSV</source>
        <translation>Exportera fel till CSV</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::JobNotifier</name>
    <message>
        <source>%1 of %2: %3</source>
        <comment>job type, object, status</comment>
        <translation>%1 av %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged, %5 failed.</source>
        <translation>%1 – skapade: %2, uppdaterade: %3, oförändrade: %4, misslyckade: %5.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::JobTableModel</name>
    <message>
        <source>%1 (%2%)</source>
        <comment>status and percentage</comment>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Download export file</source>
        <translation>Hämta exportfilen</translation>
    </message>
    <message>
        <source>Save a copy of the exported file</source>
        <translation>Spara en kopia av den exporterade filen</translation>
    </message>
    <message>
        <source>Bulk operation ID</source>
        <translation>Massåtgärdens id</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Jobbtyp</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Inskickat av</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttid</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::MainWindow</name>
    <message>
        <source>The job could not start</source>
        <translation>Jobbet kunde inte starta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobb</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;New bulk operation…</source>
        <translation>&amp;Ny massåtgärd…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Search jobs</source>
        <translation>&amp;Sök jobb</translation>
    </message>
    <message>
        <source>Job &amp;details</source>
        <translation>Jobb&amp;detaljer</translation>
    </message>
    <message>
        <source>&amp;Download export file…</source>
        <translation>&amp;Hämta exportfilen…</translation>
    </message>
    <message>
        <source>&amp;Export errors to CSV…</source>
        <translation>&amp;Exportera fel till CSV…</translation>
    </message>
    <message>
        <source>&amp;Cancel the running job</source>
        <translation>A&amp;vbryt det pågående jobbet</translation>
    </message>
    <message>
        <source>&amp;About ccbulk</source>
        <translation>&amp;Om ccbulk</translation>
    </message>
    <message>
        <source>Search jobs (Ctrl+F)</source>
        <translation>Sök jobb (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Sök jobb</translation>
    </message>
    <message>
        <source>Bulk operations</source>
        <translation>Massåtgärder</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Förloppet för det pågående jobbet</translation>
    </message>
    <message>
        <source>A job is running. One bulk operation runs at a time.</source>
        <translation>Ett jobb pågår. En massåtgärd körs åt gången.</translation>
    </message>
    <message>
        <source>Another ccbulk program is running a job. One bulk operation runs at a time.</source>
        <translation>Ett annat ccbulk-program kör ett jobb. En massåtgärd körs åt gången.</translation>
    </message>
    <message>
        <source>Another ccbulk program is running job %1. One bulk operation runs at a time.</source>
        <translation>Ett annat ccbulk-program kör jobb %1. En massåtgärd körs åt gången.</translation>
    </message>
    <message>
        <source>Start a new import or export (Ctrl+N)</source>
        <translation>Starta en ny import eller export (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n jobb</numerusform>
            <numerusform>%n jobb</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 in progress: %2%</source>
        <translation>Jobb %1 pågår: %2 %</translation>
    </message>
    <message>
        <source>Export file saved.</source>
        <translation>Exportfilen sparades.</translation>
    </message>
    <message>
        <source>Error CSV saved.</source>
        <translation>Fel-CSV:n sparades.</translation>
    </message>
    <message>
        <source>About ccbulk</source>
        <translation>Om ccbulk</translation>
    </message>
    <message>
        <source>ccbulk %1

Create, update, import and export the configuration of a Webex Contact Center tenant in bulk.</source>
        <translation>ccbulk %1

Skapa, uppdatera, importera och exportera konfigurationen för en Webex Contact Center-klientorganisation i stora mängder.</translation>
    </message>
    <message>
        <source>A job is running</source>
        <translation>Ett jobb pågår</translation>
    </message>
    <message>
        <source>A bulk operation is still running. Cancel it and quit, or wait for it to end? Rows already written are kept when you cancel.</source>
        <translation>En massåtgärd pågår fortfarande. Vill du avbryta den och avsluta, eller vänta tills den är klar? Rader som redan skrivits behålls om du avbryter.</translation>
    </message>
    <message>
        <source>Cancel the job and quit</source>
        <translation>Avbryt jobbet och avsluta</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Vänta</translation>
    </message>
    <message>
        <source>No bulk operations yet.
New bulk operation (Ctrl+N) imports or exports objects; you can also drop a CSV or ZIP file here.</source>
        <translation>Inga massåtgärder ännu.
Ny massåtgärd (Ctrl+N) importerar eller exporterar objekt; du kan också släppa en CSV- eller ZIP-fil här.</translation>
    </message>
    <message>
        <source>No job matches “%1”.</source>
        <translation>Inget jobb matchar ”%1”.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::NewOperationWizard</name>
    <message>
        <source>New bulk operation</source>
        <translation>Ny massåtgärd</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::OperationPage</name>
    <message>
        <source>Import or export</source>
        <translation>Import eller export</translation>
    </message>
    <message>
        <source>&amp;Import: create and update objects from a file</source>
        <translation>&amp;Importera: skapa och uppdatera objekt från en fil</translation>
    </message>
    <message>
        <source>&amp;Export: write the objects, or an empty template, to a file</source>
        <translation>&amp;Exportera: skriv objekten, eller en tom mall, till en fil</translation>
    </message>
    <message>
        <source>Audio files are imported only; they cannot be exported.</source>
        <translation>Ljudfiler kan bara importeras; de kan inte exporteras.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::RowResultModel</name>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Your &amp;e-mail address:</source>
        <translation>Din &amp;e-postadress:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Local &amp;tenant file:</source>
        <translation>Lokal &amp;klientorganisationsfil:</translation>
    </message>
    <message>
        <source>Most &amp;rows in a CSV file:</source>
        <translation>Flest &amp;rader i en CSV-fil:</translation>
    </message>
    <message>
        <source>Largest &amp;CSV file:</source>
        <translation>Största &amp;CSV-fil:</translation>
    </message>
    <message>
        <source>Largest &amp;ZIP file:</source>
        <translation>Största &amp;ZIP-fil:</translation>
    </message>
    <message>
        <source>name@example.com (shown as “Submitted by”)</source>
        <translation>namn@example.com (visas som ”Inskickat av”)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Local tenant file</source>
        <translation>Lokal klientorganisationsfil</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>”%1” är ingen e-postadress.</translation>
    </message>
    <message>
        <source>Choose the local tenant file.</source>
        <translation>Välj den lokala klientorganisationsfilen.</translation>
    </message>
    <message>
        <source>Tenant databases (*.sqlite);;All files (*)</source>
        <translation>Klientorganisationsdatabaser (*.sqlite);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::SubmittedPage</name>
    <message>
        <source>Submitted</source>
        <translation>Inskickat</translation>
    </message>
    <message>
        <source>The job goes on in the background when you close this window; the dashboard shows its progress and tells you when it ends.</source>
        <translation>Jobbet fortsätter i bakgrunden när du stänger det här fönstret; översikten visar förloppet och säger till när det är klart.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close and continue in &amp;background</source>
        <translation>Stäng och fortsätt i &amp;bakgrunden</translation>
    </message>
    <message>
        <source>Show job &amp;details</source>
        <translation>Visa jobb&amp;detaljer</translation>
    </message>
    <message>
        <source>Progress of the job</source>
        <translation>Jobbets förlopp</translation>
    </message>
    <message>
        <source>The job has been submitted and is starting.</source>
        <translation>Jobbet har skickats in och startar.</translation>
    </message>
    <message>
        <source>Job %1 is in progress.</source>
        <translation>Jobb %1 pågår.</translation>
    </message>
    <message>
        <source>Job %1 ended: %2.</source>
        <translation>Jobb %1 avslutades: %2.</translation>
    </message>
    <message>
        <source>The job could not start: %1</source>
        <translation>Jobbet kunde inte starta: %1</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::TypePage</name>
    <message>
        <source>Object type</source>
        <translation>Objekttyp</translation>
    </message>
    <message>
        <source>Choose the kind of configuration object to import or export.</source>
        <translation>Välj vilken sorts konfigurationsobjekt som ska importeras eller exporteras.</translation>
    </message>
    <message>
        <source>Object types</source>
        <translation>Objekttyper</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ccbulk cannot start</source>
        <translation>ccbulk kan inte starta</translation>
    </message>
</context>
</TS>
