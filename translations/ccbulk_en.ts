<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Go Back</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ccbulk::ActiveJobLock</name>
    <message>
        <source>This process already holds the active-job lock, for job %1.</source>
        <translation>This process already holds the active-job lock, for job %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created.</source>
        <translation>The lock file %1 cannot be created.</translation>
    </message>
    <message>
        <source>Another job is active. Only one job can run at a time.</source>
        <translation>Another job is active. Only one job can run at a time.</translation>
    </message>
    <message>
        <source>Job %1 is active. Only one job can run at a time.</source>
        <translation>Job %1 is active. Only one job can run at a time.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The active-job lock is not held.</source>
        <translation>The active-job lock is not held.</translation>
    </message>
</context>
<context>
    <name>ccbulk::AudioArchive</name>
    <message>
        <source>its checksum does not match its content</source>
        <translation>its checksum does not match its content</translation>
    </message>
    <message>
        <source>its headers are not valid</source>
        <translation>its headers are not valid</translation>
    </message>
    <message>
        <source>its compressed data is corrupt</source>
        <translation>its compressed data is corrupt</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>the file could not be read</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>The entry has no name.</source>
        <translation>The entry has no name.</translation>
    </message>
    <message>
        <source>The path holds a control character.</source>
        <translation>The path holds a control character.</translation>
    </message>
    <message>
        <source>The path holds a backslash, which Windows reads as a folder separator.</source>
        <translation>The path holds a backslash, which Windows reads as a folder separator.</translation>
    </message>
    <message>
        <source>The path is absolute.</source>
        <translation>The path is absolute.</translation>
    </message>
    <message>
        <source>The path starts with a drive letter.</source>
        <translation>The path starts with a drive letter.</translation>
    </message>
    <message>
        <source>The path holds a colon, which Windows reads as a drive or stream name.</source>
        <translation>The path holds a colon, which Windows reads as a drive or stream name.</translation>
    </message>
    <message>
        <source>The path has a “..” part, which leads out of its folder.</source>
        <translation>The path has a “..” part, which leads out of its folder.</translation>
    </message>
    <message>
        <source>The ZIP file must be read from a file, not from a stream.</source>
        <translation>The ZIP file must be read from a file, not from a stream.</translation>
    </message>
    <message>
        <source>The ZIP file cannot be read: %1</source>
        <translation>The ZIP file cannot be read: %1</translation>
    </message>
    <message>
        <source>The ZIP file is %1, more than the limit of %2.</source>
        <translation>The ZIP file is %1, more than the limit of %2.</translation>
    </message>
    <message>
        <source>The file is empty: it is not a ZIP file.</source>
        <translation>The file is empty: it is not a ZIP file.</translation>
    </message>
    <message>
        <source>The file is not a ZIP file, or it is damaged or truncated: its table of contents cannot be found.</source>
        <translation>The file is not a ZIP file, or it is damaged or truncated: its table of contents cannot be found.</translation>
    </message>
    <message>
        <source>The ZIP file is damaged: its table of contents cannot be read (%1).</source>
        <translation>The ZIP file is damaged: its table of contents cannot be read (%1).</translation>
    </message>
    <message>
        <source>The ZIP file lists %1 entries, more than the %2 that ccbulk reads from one ZIP.</source>
        <translation>The ZIP file lists %1 entries, more than the %2 that ccbulk reads from one ZIP.</translation>
    </message>
    <message>
        <source>The ZIP file holds more than the %1 entries that ccbulk reads from one ZIP.</source>
        <translation>The ZIP file holds more than the %1 entries that ccbulk reads from one ZIP.</translation>
    </message>
    <message>
        <source>The ZIP file is damaged or truncated: its table of contents cannot be read past entry %1 (%2).</source>
        <translation>The ZIP file is damaged or truncated: its table of contents cannot be read past entry %1 (%2).</translation>
    </message>
    <message>
        <source>The ZIP file is refused: the entry “%1” declares %2 of content from %3 of compressed data, which cannot be true. It may be a zip bomb; nothing was unpacked.</source>
        <translation>The ZIP file is refused: the entry “%1” declares %2 of content from %3 of compressed data, which cannot be true. It may be a zip bomb; nothing was unpacked.</translation>
    </message>
    <message>
        <source>The ZIP file is refused: its entries declare %1 of content, more than the %2 that ccbulk unpacks from one ZIP. It may be a zip bomb; nothing was unpacked.</source>
        <translation>The ZIP file is refused: its entries declare %1 of content, more than the %2 that ccbulk unpacks from one ZIP. It may be a zip bomb; nothing was unpacked.</translation>
    </message>
    <message>
        <source>The ZIP file is refused: its entries declare %1 of compressed data, more than the whole file holds. It is damaged, or a zip bomb; nothing was unpacked.</source>
        <translation>The ZIP file is refused: its entries declare %1 of compressed data, more than the whole file holds. It is damaged, or a zip bomb; nothing was unpacked.</translation>
    </message>
    <message>
        <source>The entry is not part of this ZIP file.</source>
        <translation>The entry is not part of this ZIP file.</translation>
    </message>
    <message>
        <source>The entry is a folder, a link, encrypted or has an unsafe path, and is not read.</source>
        <translation>The entry is a folder, a link, encrypted or has an unsafe path, and is not read.</translation>
    </message>
    <message>
        <source>The entry is compressed with method %1; ccbulk reads only stored and deflated entries.</source>
        <translation>The entry is compressed with method %1; ccbulk reads only stored and deflated entries.</translation>
    </message>
    <message>
        <source>Reading the entry would unpack more than the %1 that ccbulk unpacks from one ZIP.</source>
        <translation>Reading the entry would unpack more than the %1 that ccbulk unpacks from one ZIP.</translation>
    </message>
    <message>
        <source>The ZIP file is damaged: the entry “%1” cannot be read (%2).</source>
        <translation>The ZIP file is damaged: the entry “%1” cannot be read (%2).</translation>
    </message>
</context>
<context>
    <name>ccbulk::AudioImportEngine</name>
    <message>
        <source>Refused: %1 Nothing of it is read or written.</source>
        <translation>Refused: %1 Nothing of it is read or written.</translation>
    </message>
    <message>
        <source>A symbolic link: links are skipped, never followed.</source>
        <translation>A symbolic link: links are skipped, never followed.</translation>
    </message>
    <message>
        <source>Not a WAV file: only files whose names end in .wav are imported.</source>
        <translation>Not a WAV file: only files whose names end in .wav are imported.</translation>
    </message>
    <message>
        <source>The file name cannot name an audio file: %1</source>
        <translation>The file name cannot name an audio file: %1</translation>
    </message>
    <message>
        <source>The file is encrypted (protected by a password), which ccbulk cannot read. Add it to the ZIP without a password.</source>
        <translation>The file is encrypted (protected by a password), which ccbulk cannot read. Add it to the ZIP without a password.</translation>
    </message>
    <message>
        <source>The file is compressed with method %1; ccbulk reads only stored and deflated entries. Make the ZIP again with the usual settings.</source>
        <translation>The file is compressed with method %1; ccbulk reads only stored and deflated entries. Make the ZIP again with the usual settings.</translation>
    </message>
    <message>
        <source>The name “%1” is also in this ZIP, at %2; none of them is imported.</source>
        <translation>The name “%1” is also in this ZIP, at %2; none of them is imported.</translation>
    </message>
    <message>
        <source>The tenant could not be read: %1</source>
        <translation>The tenant could not be read: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Not a valid WAV file: %1</source>
        <translation>Not a valid WAV file: %1</translation>
    </message>
    <message>
        <source>The stored name “%1” is kept.</source>
        <translation>The stored name “%1” is kept.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n entry(s); the entries done so far are kept.</source>
        <translation>
            <numerusform>Cancelled after %n entry; the entries done so far are kept.</numerusform>
            <numerusform>Cancelled after %n entrys; the entries done so far are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant could not be written: %1</source>
        <translation>The tenant could not be written: %1</translation>
    </message>
    <message>
        <source>%1 is not imported from a ZIP file.</source>
        <translation>%1 is not imported from a ZIP file.</translation>
    </message>
</context>
<context>
    <name>ccbulk::CsvProblemText</name>
    <message numerus="yes">
        <source>%1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 (%n byte)</numerusform>
            <numerusform>%1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (Excel&apos;s “Unicode Text”). Save it as “CSV UTF-8” or “CSV (comma delimited)” instead.</source>
        <translation>The file is saved as UTF-16 (Excel&apos;s “Unicode Text”). Save it as “CSV UTF-8” or “CSV (comma delimited)” instead.</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds a NUL byte: this is not a text CSV file.</source>
        <translation>Row %1, column %2 holds a NUL byte: this is not a text CSV file.</translation>
    </message>
    <message>
        <source>The quoted cell that starts on row %1, column %2 is never closed: a closing quote (&quot;) is missing.</source>
        <translation>The quoted cell that starts on row %1, column %2 is never closed: a closing quote (&quot;) is missing.</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1.</source>
        <translation>The file is larger than the limit of %1.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>A quote (&quot;) inside a cell that does not start with one. Put the whole cell in quotes and double the quote (&quot;&quot;).</source>
        <translation>A quote (&quot;) inside a cell that does not start with one. Put the whole cell in quotes and double the quote (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Text follows the closing quote of a quoted cell. Double a quote that belongs to the text (&quot;&quot;).</source>
        <translation>Text follows the closing quote of a quoted cell. Double a quote that belongs to the text (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The text is not UTF-8, although the file starts with the mark of a UTF-8 file; the characters that could not be read show as �. Save the file again as “CSV UTF-8”.</source>
        <translation>The text is not UTF-8, although the file starts with the mark of a UTF-8 file; the characters that could not be read show as �. Save the file again as “CSV UTF-8”.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ErrorCsv</name>
    <message>
        <source>The submitted file cannot be read: %1</source>
        <translation>The submitted file cannot be read: %1</translation>
    </message>
    <message>
        <source>The error file is not open for writing.</source>
        <translation>The error file is not open for writing.</translation>
    </message>
    <message>
        <source>The error file cannot be written: %1</source>
        <translation>The error file cannot be written: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>ccbulk::ExportEngine</name>
    <message>
        <source>The ZIP file could not be started (%1).</source>
        <translation>The ZIP file could not be started (%1).</translation>
    </message>
    <message>
        <source>%1 could not be added to the ZIP file.</source>
        <translation>%1 could not be added to the ZIP file.</translation>
    </message>
    <message>
        <source>The ZIP file could not be finished (%1).</source>
        <translation>The ZIP file could not be finished (%1).</translation>
    </message>
    <message>
        <source>%1 cannot be exported: audio files are only imported, as a ZIP of WAV files.</source>
        <translation>%1 cannot be exported: audio files are only imported, as a ZIP of WAV files.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The tenant could not be read: %1</source>
        <translation>The tenant could not be read: %1</translation>
    </message>
</context>
<context>
    <name>ccbulk::FileValidator</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not imported from a CSV file.</source>
        <translation>%1 is not imported from a CSV file.</translation>
    </message>
    <message>
        <source>The file is %1, more than the limit of %2.</source>
        <translation>The file is %1, more than the limit of %2.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Column %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The row has %n cell(s), but the header has %1.</source>
        <translation>
            <numerusform>The row has %n cell, but the header has %1.</numerusform>
            <numerusform>The row has %n cells, but the header has %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has %1 data rows, more than the limit of %2.</source>
        <translation>The file has %1 data rows, more than the limit of %2.</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>The file has a header row but no data rows.</translation>
    </message>
    <message>
        <source>The extra cells are empty and ignored.</source>
        <translation>The extra cells are empty and ignored.</translation>
    </message>
</context>
<context>
    <name>ccbulk::HandedOverTenant</name>
    <message>
        <source>The import was stopped.</source>
        <translation>The import was stopped.</translation>
    </message>
</context>
<context>
    <name>ccbulk::HeaderMapping</name>
    <message>
        <source>Column %1 has no header; its cells are ignored.</source>
        <translation>Column %1 has no header; its cells are ignored.</translation>
    </message>
    <message>
        <source>Unknown column %1 (column %2) is ignored.</source>
        <translation>Unknown column %1 (column %2) is ignored.</translation>
    </message>
    <message>
        <source>columns %1 and %2 (%3 and %4) both name %5</source>
        <translation>columns %1 and %2 (%3 and %4) both name %5</translation>
    </message>
    <message>
        <source>The file cannot be used: %1.</source>
        <translation>The file cannot be used: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n required column(s) missing: %1</source>
        <translation>
            <numerusform>%n required column missing: %1</numerusform>
            <numerusform>%n required columns missing: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccbulk::ImportEngine</name>
    <message>
        <source>Another row of the same object failed (row %1).</source>
        <translation>Another row of the same object failed (row %1).</translation>
    </message>
    <message>
        <source>The tenant could not be read: %1</source>
        <translation>The tenant could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n row(s); the rows done so far are kept.</source>
        <translation>
            <numerusform>Cancelled after %n row; the rows done so far are kept.</numerusform>
            <numerusform>Cancelled after %n rows; the rows done so far are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant could not be written: %1</source>
        <translation>The tenant could not be written: %1</translation>
    </message>
    <message>
        <source>The import could not start: no thread is left for it.</source>
        <translation>The import could not start: no thread is left for it.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ImportPlanner</name>
    <message>
        <source>%1 cannot change once the object exists: it is %2, the file says %3.</source>
        <translation>%1 cannot change once the object exists: it is %2, the file says %3.</translation>
    </message>
    <message>
        <source>%1 is not in this object, so there is nothing to remove.</source>
        <translation>%1 is not in this object, so there is nothing to remove.</translation>
    </message>
    <message>
        <source>This object would be left without children; it needs at least one.</source>
        <translation>This object would be left without children; it needs at least one.</translation>
    </message>
    <message>
        <source>There is no %1 %2 in the tenant, and an import cannot create one: users are created in Control Hub first, with a contact-center licence, and then updated here.</source>
        <translation>There is no %1 %2 in the tenant, and an import cannot create one: users are created in Control Hub first, with a contact-center licence, and then updated here.</translation>
    </message>
    <message>
        <source>%1 is already the name of an object of type “%2”; the two types share their names.</source>
        <translation>%1 is already the name of an object of type “%2”; the two types share their names.</translation>
    </message>
    <message>
        <source>%1 could not be checked: the tenant holds no object of type “%2” at all (said once per file).</source>
        <translation>%1 could not be checked: the tenant holds no object of type “%2” at all (said once per file).</translation>
    </message>
    <message>
        <source>The file has no %1 column, which a new object needs when %2.</source>
        <translation>The file has no %1 column, which a new object needs when %2.</translation>
    </message>
</context>
<context>
    <name>ccbulk::JobRunner</name>
    <message>
        <source>Interrupted: the program running this job stopped before it ended. Rows already written are kept; importing the same file again finishes the work.</source>
        <translation>Interrupted: the program running this job stopped before it ended. Rows already written are kept; importing the same file again finishes the work.</translation>
    </message>
    <message>
        <source>Unknown object type “%1”.</source>
        <translation>Unknown object type “%1”.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>ccbulk::JobStore</name>
    <message>
        <source>the folder cannot be created.</source>
        <translation>the folder cannot be created.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qt&apos;s SQLite driver (QSQLITE) is not installed.</translation>
    </message>
    <message>
        <source>write-ahead logging is not available here.</source>
        <translation>write-ahead logging is not available here.</translation>
    </message>
    <message>
        <source>The job store %1 could not be opened: %2</source>
        <translation>The job store %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>it was written by a newer version of ccbulk (schema %1; this version reads up to %2).</source>
        <translation>it was written by a newer version of ccbulk (schema %1; this version reads up to %2).</translation>
    </message>
    <message>
        <source>The job store is not open.</source>
        <translation>The job store is not open.</translation>
    </message>
    <message>
        <source>The job store failed: %1</source>
        <translation>The job store failed: %1</translation>
    </message>
    <message>
        <source>No job has the id %1.</source>
        <translation>No job has the id %1.</translation>
    </message>
    <message>
        <source>%1 is not a job id.</source>
        <translation>%1 is not a job id.</translation>
    </message>
    <message>
        <source>“%1” cannot be a file name in the job&apos;s folder.</source>
        <translation>“%1” cannot be a file name in the job&apos;s folder.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The file to store cannot be read: %1</source>
        <translation>The file to store cannot be read: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be removed.</source>
        <translation>The folder %1 cannot be removed.</translation>
    </message>
    <message numerus="yes">
        <source>A job id needs at least %n character(s).</source>
        <translation>
            <numerusform>A job id needs at least %n character.</numerusform>
            <numerusform>A job id needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>No job has an id that starts with “%1”.</source>
        <translation>No job has an id that starts with “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The id “%1” matches %n job(s): %2</source>
        <translation>
            <numerusform>The id “%1” matches %n job: %2</numerusform>
            <numerusform>The id “%1” matches %n jobs: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The new job&apos;s id %1 is not 32 hexadecimal characters.</source>
        <translation>The new job&apos;s id %1 is not 32 hexadecimal characters.</translation>
    </message>
    <message>
        <source>Job %1 has already started.</source>
        <translation>Job %1 has already started.</translation>
    </message>
    <message>
        <source>A job cannot finish as “%1”.</source>
        <translation>A job cannot finish as “%1”.</translation>
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
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>job status</comment>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job status</comment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <comment>job status</comment>
        <translation>Completed with errors</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job status</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>row result</comment>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>row result</comment>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <comment>row result</comment>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>row result</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>row result</comment>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>ccbulk::LocalObjectTable</name>
    <message>
        <source>The stored object %1 of type “%2” is damaged: its fields cannot be read.</source>
        <translation>The stored object %1 of type “%2” is damaged: its fields cannot be read.</translation>
    </message>
</context>
<context>
    <name>ccbulk::LocalSchema</name>
    <message>
        <source>The tenant database cannot be read: %1</source>
        <translation>The tenant database cannot be read: %1</translation>
    </message>
    <message>
        <source>The tenant database was written by a newer version of ccbulk (schema version %1; this version knows versions up to %2). Update ccbulk to open it.</source>
        <translation>The tenant database was written by a newer version of ccbulk (schema version %1; this version knows versions up to %2). Update ccbulk to open it.</translation>
    </message>
    <message>
        <source>The tenant database could not be upgraded to schema version %1: %2</source>
        <translation>The tenant database could not be upgraded to schema version %1: %2</translation>
    </message>
</context>
<context>
    <name>ccbulk::LocalTenant</name>
    <message>
        <source>Cannot create the folder %1 for the tenant database.</source>
        <translation>Cannot create the folder %1 for the tenant database.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed, so the local tenant cannot be opened.</source>
        <translation>Qt&apos;s SQLite driver (QSQLITE) is not installed, so the local tenant cannot be opened.</translation>
    </message>
    <message>
        <source>Cannot open the tenant database %1: %2</source>
        <translation>Cannot open the tenant database %1: %2</translation>
    </message>
    <message>
        <source>The tenant database %1 is not open.</source>
        <translation>The tenant database %1 is not open.</translation>
    </message>
    <message>
        <source>The tenant database could not be read: %1</source>
        <translation>The tenant database could not be read: %1</translation>
    </message>
    <message>
        <source>The tenant database could not be written, so nothing of this batch was saved: %1</source>
        <translation>The tenant database could not be written, so nothing of this batch was saved: %1</translation>
    </message>
    <message>
        <source>The object is of type “%1”, not “%2”.</source>
        <translation>The object is of type “%1”, not “%2”.</translation>
    </message>
    <message>
        <source>The object has no key.</source>
        <translation>The object has no key.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” already exists.</translation>
    </message>
    <message>
        <source>“%1” already exists, spelt “%2”.</source>
        <translation>“%1” already exists, spelt “%2”.</translation>
    </message>
    <message>
        <source>The update does not name a stored object.</source>
        <translation>The update does not name a stored object.</translation>
    </message>
    <message>
        <source>The tenant holds no object of this type with the id %1; it may have been removed.</source>
        <translation>The tenant holds no object of this type with the id %1; it may have been removed.</translation>
    </message>
    <message>
        <source>The people could not be saved: %1</source>
        <translation>The people could not be saved: %1</translation>
    </message>
    <message>
        <source>A person without an e-mail address cannot be saved, so none of the people were saved.</source>
        <translation>A person without an e-mail address cannot be saved, so none of the people were saved.</translation>
    </message>
    <message>
        <source>The tenant holds no audio content for the object %1.</source>
        <translation>The tenant holds no audio content for the object %1.</translation>
    </message>
</context>
<context>
    <name>ccbulk::LocalTransaction</name>
    <message>
        <source>No transaction is open.</source>
        <translation>No transaction is open.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ObjectTracker</name>
    <message>
        <source>%1 is already on row %2; only that row is used.</source>
        <translation>%1 is already on row %2; only that row is used.</translation>
    </message>
    <message>
        <source>%1 comes back on row %2, after other objects: the rows of one object must be consecutive.</source>
        <translation>%1 comes back on row %2, after other objects: the rows of one object must be consecutive.</translation>
    </message>
    <message>
        <source>%1 is also on row %2, before other objects: the rows of one object must be consecutive.</source>
        <translation>%1 is also on row %2, before other objects: the rows of one object must be consecutive.</translation>
    </message>
    <message>
        <source>%1 is empty on row %2, the first row of this object; leave it empty here too, or move the value to that row.</source>
        <translation>%1 is empty on row %2, the first row of this object; leave it empty here too, or move the value to that row.</translation>
    </message>
    <message>
        <source>%1 differs from %2 on row %3, the first row of this object; leave it empty or repeat the same value.</source>
        <translation>%1 differs from %2 on row %3, the first row of this object; leave it empty or repeat the same value.</translation>
    </message>
    <message>
        <source>%1 is already on row %2 of this object.</source>
        <translation>%1 is already on row %2 of this object.</translation>
    </message>
    <message>
        <source>Only one row of an object may have %1 TRUE; row %2 already has.</source>
        <translation>Only one row of an object may have %1 TRUE; row %2 already has.</translation>
    </message>
    <message numerus="yes">
        <source>This object needs at least %n child row(s) (%1).</source>
        <translation>
            <numerusform>This object needs at least %n child row (%1).</numerusform>
            <numerusform>This object needs at least %n child rows (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The values of %1 in this object must run 1, 2, 3… with no gaps or repeats; found %2.</source>
        <translation>The values of %1 in this object must run 1, 2, 3… with no gaps or repeats; found %2.</translation>
    </message>
</context>
<context>
    <name>ccbulk::PeopleImport</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>The file is %1, more than the limit of %2.</source>
        <translation>The file is %1, more than the limit of %2.</translation>
    </message>
    <message>
        <source>Unknown column %1 (column %2) is ignored.</source>
        <translation>Unknown column %1 (column %2) is ignored.</translation>
    </message>
    <message>
        <source>The file cannot be used: columns %1 and %2 both name %3.</source>
        <translation>The file cannot be used: columns %1 and %2 both name %3.</translation>
    </message>
    <message>
        <source>The file cannot be used: it has no “Email” column. A people file has the columns Email, First Name and Last Name.</source>
        <translation>The file cannot be used: it has no “Email” column. A people file has the columns Email, First Name and Last Name.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Column %1: %2</translation>
    </message>
    <message>
        <source>The e-mail address is missing.</source>
        <translation>The e-mail address is missing.</translation>
    </message>
    <message>
        <source>%1 is already on row %2.</source>
        <translation>%1 is already on row %2.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ReferenceResolver</name>
    <message>
        <source>There is no %1 named %2.</source>
        <translation>There is no %1 named %2.</translation>
    </message>
    <message>
        <source>There is no %1 named %2. Did you mean %3?</source>
        <translation>There is no %1 named %2. Did you mean %3?</translation>
    </message>
    <message>
        <source>Multimedia Profile</source>
        <translation>Multimedia Profile</translation>
    </message>
    <message>
        <source>Desktop Layout</source>
        <translation>Desktop Layout</translation>
    </message>
    <message>
        <source>Dial Plan</source>
        <translation>Dial Plan</translation>
    </message>
    <message>
        <source>Threshold Rule</source>
        <translation>Threshold Rule</translation>
    </message>
    <message>
        <source>Webex Connect Asset</source>
        <translation>Webex Connect Asset</translation>
    </message>
</context>
<context>
    <name>ccbulk::RowChecker</name>
    <message>
        <source>%1 is %2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 is not %2</translation>
    </message>
    <message>
        <source>%1 is %2 or more</source>
        <translation>%1 is %2 or more</translation>
    </message>
    <message>
        <source>the row carries a child</source>
        <translation>the row carries a child</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>A value is required.</translation>
    </message>
    <message>
        <source>A value is required when %1.</source>
        <translation>A value is required when %1.</translation>
    </message>
    <message>
        <source>The file has no %1 column, which a new object needs when %2. Existing objects keep their stored value.</source>
        <translation>The file has no %1 column, which a new object needs when %2. Existing objects keep their stored value.</translation>
    </message>
    <message>
        <source>%1 is ignored: this column applies only when %2.</source>
        <translation>%1 is ignored: this column applies only when %2.</translation>
    </message>
    <message>
        <source>TRUE here requires %1 to be TRUE.</source>
        <translation>TRUE here requires %1 to be TRUE.</translation>
    </message>
</context>
<context>
    <name>ccbulk::Tenant</name>
    <message>
        <source>This tenant does not keep the content of audio files.</source>
        <translation>This tenant does not keep the content of audio files.</translation>
    </message>
</context>
<context>
    <name>ccbulk::TextPattern</name>
    <message>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <source>any character except %1</source>
        <translation>any character except %1</translation>
    </message>
</context>
<context>
    <name>ccbulk::TypeRules</name>
    <message>
        <source>Wrap Up Codes: %1 is not a wrap-up code (its work type %2 is for idle codes).</source>
        <translation>Wrap Up Codes: %1 is not a wrap-up code (its work type %2 is for idle codes).</translation>
    </message>
    <message>
        <source>Idle Codes: %1 is not an idle code (its work type %2 is for wrap-up codes).</source>
        <translation>Idle Codes: %1 is not an idle code (its work type %2 is for wrap-up codes).</translation>
    </message>
    <message>
        <source>Teams: %1 is a capacity team; users join agent teams only.</source>
        <translation>Teams: %1 is a capacity team; users join agent teams only.</translation>
    </message>
    <message>
        <source>Teams: %1 is on the site %2, not on %3.</source>
        <translation>Teams: %1 is on the site %2, not on %3.</translation>
    </message>
    <message>
        <source>Entry Point: %1 is a %2 entry point; numbers map to telephony entry points only.</source>
        <translation>Entry Point: %1 is a %2 entry point; numbers map to telephony entry points only.</translation>
    </message>
    <message>
        <source>a proficiency from 0 to 10 is expected, not %1.</source>
        <translation>a proficiency from 0 to 10 is expected, not %1.</translation>
    </message>
    <message>
        <source>TRUE or FALSE is expected, not %1.</source>
        <translation>TRUE or FALSE is expected, not %1.</translation>
    </message>
    <message>
        <source>at most 100 characters are allowed, not %1.</source>
        <translation>at most 100 characters are allowed, not %1.</translation>
    </message>
    <message>
        <source>at least one of %1 is expected.</source>
        <translation>at least one of %1 is expected.</translation>
    </message>
    <message>
        <source>%1 is not one of the skill&apos;s values (%2).</source>
        <translation>%1 is not one of the skill&apos;s values (%2).</translation>
    </message>
    <message>
        <source>Skill Values for %1: %2</source>
        <translation>Skill Values for %1: %2</translation>
    </message>
    <message>
        <source>Work Type: %1 is for other codes than %2; a code keeps its kind.</source>
        <translation>Work Type: %1 is for other codes than %2; a code keeps its kind.</translation>
    </message>
    <message>
        <source>Default: only one code of a kind may be the default; rows %1 all set it.</source>
        <translation>Default: only one code of a kind may be the default; rows %1 all set it.</translation>
    </message>
    <message>
        <source>Default: the tenant has no %1 code yet, so the first one must be the default (Default = TRUE).</source>
        <translation>Default: the tenant has no %1 code yet, so the first one must be the default (Default = TRUE).</translation>
    </message>
    <message>
        <source>%1: the value %2 is still used by the skill profile %3.</source>
        <translation>%1: the value %2 is still used by the skill profile %3.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ValueChecker</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 must start with one of: %2.</source>
        <translation>%1 must start with one of: %2.</translation>
    </message>
    <message>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <source>%1 contains characters that are not allowed here: %2. Allowed: %3.</source>
        <translation>%1 contains characters that are not allowed here: %2. Allowed: %3.</translation>
    </message>
    <message>
        <source>The first character must be one of: %1.</source>
        <translation>The first character must be one of: %1.</translation>
    </message>
    <message>
        <source>%1 does not have the required form (%2).</source>
        <translation>%1 does not have the required form (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n character(s) long; at most %2 are allowed.</source>
        <translation>
            <numerusform>%1 is %n character long; at most %2 are allowed.</numerusform>
            <numerusform>%1 is %n characters long; at most %2 are allowed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not an e-mail address (such as name@example.com).</source>
        <translation>%1 is not an e-mail address (such as name@example.com).</translation>
    </message>
    <message>
        <source>%1 is not a dial number: an optional + followed by digits, dots and dashes.</source>
        <translation>%1 is not a dial number: an optional + followed by digits, dots and dashes.</translation>
    </message>
    <message>
        <source>%1 is not a phone number: use digits and the characters ( ) + -.</source>
        <translation>%1 is not a phone number: use digits and the characters ( ) + -.</translation>
    </message>
    <message>
        <source>%1 is neither a phone number (an optional + and digits) nor a SIP address (sip:…).</source>
        <translation>%1 is neither a phone number (an optional + and digits) nor a SIP address (sip:…).</translation>
    </message>
    <message>
        <source>%1 must end in %2.</source>
        <translation>%1 must end in %2.</translation>
    </message>
    <message>
        <source>%1 is not a whole number in plain digits (no sign, decimals or spaces).</source>
        <translation>%1 is not a whole number in plain digits (no sign, decimals or spaces).</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 is not a whole number.</translation>
    </message>
    <message>
        <source>%1 is less than %2, the smallest value allowed.</source>
        <translation>%1 is less than %2, the smallest value allowed.</translation>
    </message>
    <message>
        <source>%1 is more than %2, the largest value allowed.</source>
        <translation>%1 is more than %2, the largest value allowed.</translation>
    </message>
    <message>
        <source>%1 is not a yes/no value: use TRUE or FALSE (YES/NO, ON/OFF and 1/0 are accepted too).</source>
        <translation>%1 is not a yes/no value: use TRUE or FALSE (YES/NO, ON/OFF and 1/0 are accepted too).</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values: %2.</source>
        <translation>%1 is not one of the allowed values: %2.</translation>
    </message>
    <message>
        <source>%1 is not a time zone known to this system: use an IANA name such as Europe/Stockholm.</source>
        <translation>%1 is not a time zone known to this system: use an IANA name such as Europe/Stockholm.</translation>
    </message>
    <message numerus="yes">
        <source>The list needs at least %n item(s), separated by “|”.</source>
        <translation>
            <numerusform>The list needs at least %n item, separated by “|”.</numerusform>
            <numerusform>The list needs at least %n items, separated by “|”.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be the name of an object of type “%1”: %2</source>
        <translation>This cannot be the name of an object of type “%1”: %2</translation>
    </message>
    <message>
        <source>%1 looks like a number that a spreadsheet wrote in scientific notation, which loses digits. Format the column as text in the spreadsheet and enter the number again.</source>
        <translation>%1 looks like a number that a spreadsheet wrote in scientific notation, which loses digits. Format the column as text in the spreadsheet and enter the number again.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>line break</source>
        <translation>line break</translation>
    </message>
</context>
<context>
    <name>ccbulk::WavInfo</name>
    <message>
        <source>The format chunk gives no channels.</source>
        <translation>The format chunk gives no channels.</translation>
    </message>
    <message>
        <source>The format chunk gives a sample rate of 0.</source>
        <translation>The format chunk gives a sample rate of 0.</translation>
    </message>
    <message>
        <source>The format chunk gives a block size or byte rate of 0.</source>
        <translation>The format chunk gives a block size or byte rate of 0.</translation>
    </message>
    <message>
        <source>The format chunk gives %1 bits per sample, which %2 does not have.</source>
        <translation>The format chunk gives %1 bits per sample, which %2 does not have.</translation>
    </message>
    <message>
        <source>The format chunk is inconsistent: frames of %1 × %2 bits need %3 bytes each and %4 bytes per second, not %5 and %6.</source>
        <translation>The format chunk is inconsistent: frames of %1 × %2 bits need %3 bytes each and %4 bytes per second, not %5 and %6.</translation>
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
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%1-bit</translation>
    </message>
    <message>
        <source>%1, %2 Hz, %3%4, %5 s</source>
        <translation>%1, %2 Hz, %3%4, %5 s</translation>
    </message>
    <message>
        <source>It is not a WAV file: it does not start with a RIFF/WAVE header.</source>
        <translation>It is not a WAV file: it does not start with a RIFF/WAVE header.</translation>
    </message>
    <message>
        <source>The RIFF header gives a size of %1 bytes, too small for a WAV file.</source>
        <translation>The RIFF header gives a size of %1 bytes, too small for a WAV file.</translation>
    </message>
    <message>
        <source>The file is truncated: its RIFF header gives %1 bytes, but the file has %2.</source>
        <translation>The file is truncated: its RIFF header gives %1 bytes, but the file has %2.</translation>
    </message>
    <message>
        <source>The chunk “%1” at byte %2 gives %3 bytes, but only %4 are left in the file.</source>
        <translation>The chunk “%1” at byte %2 gives %3 bytes, but only %4 are left in the file.</translation>
    </message>
    <message>
        <source>The format chunk has %1 bytes, fewer than the 16 it needs.</source>
        <translation>The format chunk has %1 bytes, fewer than the 16 it needs.</translation>
    </message>
    <message>
        <source>The WAV file has no format (“fmt ”) chunk.</source>
        <translation>The WAV file has no format (“fmt ”) chunk.</translation>
    </message>
    <message>
        <source>The WAV file has no “data” chunk.</source>
        <translation>The WAV file has no “data” chunk.</translation>
    </message>
</context>
<context>
    <name>ccbulk::cli::CliArguments</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or sv.</source>
        <translation>Unknown language “%1”: use en or sv.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
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
        <translation>Usage: ccbulk-cli [global options] COMMAND [arguments]

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
</translation>
    </message>
</context>
<context>
    <name>ccbulk::cli::CliCommands</name>
    <message>
        <source>Run “ccbulk-cli --help” for usage.</source>
        <translation>Run “ccbulk-cli --help” for usage.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>“types” takes no arguments.</source>
        <translation>“types” takes no arguments.</translation>
    </message>
    <message>
        <source>ZIP of WAV files</source>
        <translation>ZIP of WAV files</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Usage: ccbulk-cli template TYPE [-o FILE]</source>
        <translation>Usage: ccbulk-cli template TYPE [-o FILE]</translation>
    </message>
    <message>
        <source>Unknown object type “%1”. “ccbulk-cli types” lists them.</source>
        <translation>Unknown object type “%1”. “ccbulk-cli types” lists them.</translation>
    </message>
    <message>
        <source>%1 has no CSV template: it is imported as a ZIP of WAV files.</source>
        <translation>%1 has no CSV template: it is imported as a ZIP of WAV files.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Usage: ccbulk-cli validate TYPE FILE [--json]</source>
        <translation>Usage: ccbulk-cli validate TYPE FILE [--json]</translation>
    </message>
    <message>
        <source>%1: refused.</source>
        <translation>%1: refused.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>Row %1, %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>The file is valid.</source>
        <translation>The file is valid.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>Objects: %1 to create, %2 to update, %3 unchanged.</source>
        <translation>Objects: %1 to create, %2 to update, %3 unchanged.</translation>
    </message>
    <message>
        <source>%1  %2 of %3 (%4): %5</source>
        <translation>%1  %2 of %3 (%4): %5</translation>
    </message>
    <message>
        <source>Submitted by %1, started %2, ended %3</source>
        <translation>Submitted by %1, started %2, ended %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 created, %2 updated, %3 unchanged, %4 failed, %5 skipped</source>
        <translation>
            <numerusform>%n row: %1 created, %2 updated, %3 unchanged, %4 failed, %5 skipped</numerusform>
            <numerusform>%n rows: %1 created, %2 updated, %3 unchanged, %4 failed, %5 skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) written to %1</source>
        <translation>
            <numerusform>%n object written to %1</numerusform>
            <numerusform>%n objects written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ccbulk-cli import TYPE FILE [--json]</source>
        <translation>Usage: ccbulk-cli import TYPE FILE [--json]</translation>
    </message>
    <message>
        <source>Usage: ccbulk-cli export TYPE -o FILE [--template] [--json]</source>
        <translation>Usage: ccbulk-cli export TYPE -o FILE [--template] [--json]</translation>
    </message>
    <message>
        <source>%1 cannot be exported: audio files are only imported, as a ZIP of WAV files.</source>
        <translation>%1 cannot be exported: audio files are only imported, as a ZIP of WAV files.</translation>
    </message>
    <message>
        <source>Usage: ccbulk-cli people import FILE [--json]</source>
        <translation>Usage: ccbulk-cli people import FILE [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added</source>
        <translation>
            <numerusform>%n person added</numerusform>
            <numerusform>%n persons added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ccbulk-cli jobs [--search TEXT] [--json]</source>
        <translation>Usage: ccbulk-cli jobs [--search TEXT] [--json]</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>No jobs.</translation>
    </message>
    <message>
        <source>Usage: ccbulk-cli job ID [--json] [--errors-csv FILE]</source>
        <translation>Usage: ccbulk-cli job ID [--json] [--errors-csv FILE]</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3: %4</source>
        <translation>Row %1 (%2): %3: %4</translation>
    </message>
    <message>
        <source>Job %1 has no CSV file to take failed rows from.</source>
        <translation>Job %1 has no CSV file to take failed rows from.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::CheckPage</name>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Read the file again, after fixing it in a spreadsheet</source>
        <translation>Read the file again, after fixing it in a spreadsheet</translation>
    </message>
    <message>
        <source>Issues found in the file</source>
        <translation>Issues found in the file</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 cannot be imported.</translation>
    </message>
    <message>
        <source>Fix the file, then check it again, or go back and choose another file.</source>
        <translation>Fix the file, then check it again, or go back and choose another file.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) checked</source>
        <translation>
            <numerusform>%1: %n row checked</numerusform>
            <numerusform>%1: %n rows checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Objects: %1 to create, %2 to update, %3 unchanged.</source>
        <translation>Objects: %1 to create, %2 to update, %3 unchanged.</translation>
    </message>
    <message>
        <source>Rows with errors will fail; the other rows will be imported. Fix the file and check again, or submit it as it is.</source>
        <translation>Rows with errors will fail; the other rows will be imported. Fix the file and check again, or submit it as it is.</translation>
    </message>
    <message>
        <source>The file is ready. Submit starts the import.</source>
        <translation>The file is ready. Submit starts the import.</translation>
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
        <translation>&amp;Submit</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;objects, as a CSV file (a ZIP of CSV files beyond %n row(s))</source>
        <translation>
            <numerusform>The &amp;objects, as a CSV file (a ZIP of CSV files beyond %n row)</numerusform>
            <numerusform>The &amp;objects, as a CSV file (a ZIP of CSV files beyond %n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>An empty &amp;template: the header row only</source>
        <translation>An empty &amp;template: the header row only</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>File to write</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Save the export as</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;ZIP files (*.zip)</source>
        <translation>CSV files (*.csv);;ZIP files (*.zip)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 is a folder; give a file name.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::ImportFilePage</name>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>&amp;Download a sample template…</source>
        <translation>&amp;Download a sample template…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Audio files are imported as one ZIP file of WAV files (at most 50 MB).</source>
        <translation>Audio files are imported as one ZIP file of WAV files (at most 50 MB).</translation>
    </message>
    <message>
        <source>Start from a sample template: a CSV file with the columns of %1, ready to fill in with a spreadsheet.</source>
        <translation>Start from a sample template: a CSV file with the columns of %1, ready to fill in with a spreadsheet.</translation>
    </message>
    <message>
        <source>&amp;ZIP file of WAV files:</source>
        <translation>&amp;ZIP file of WAV files:</translation>
    </message>
    <message>
        <source>&amp;CSV file:</source>
        <translation>&amp;CSV file:</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 is not a file that can be read.</translation>
    </message>
    <message>
        <source>Download a sample template</source>
        <translation>Download a sample template</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Template saved as %1.</source>
        <translation>Template saved as %1.</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::IssueTableModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::JobDetailsDialog</name>
    <message>
        <source>Job details</source>
        <translation>Job details</translation>
    </message>
    <message>
        <source>Bulk operation ID:</source>
        <translation>Bulk operation ID:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Job type:</source>
        <translation>Job type:</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Object:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>Submitted by:</translation>
    </message>
    <message>
        <source>Start time:</source>
        <translation>Start time:</translation>
    </message>
    <message>
        <source>End time:</source>
        <translation>End time:</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>All results</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Show results</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filter rows</translation>
    </message>
    <message>
        <source>Results per row</source>
        <translation>Results per row</translation>
    </message>
    <message>
        <source>&amp;Export errors to CSV…</source>
        <translation>&amp;Export errors to CSV…</translation>
    </message>
    <message>
        <source>&amp;Download export file…</source>
        <translation>&amp;Download export file…</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Cancel job</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) exported.</source>
        <translation>
            <numerusform>%n object exported.</numerusform>
            <numerusform>%n objects exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: %1 in all, %2 created, %3 updated, %4 unchanged, %5 failed, %6 skipped.</source>
        <translation>Rows: %1 in all, %2 created, %3 updated, %4 unchanged, %5 failed, %6 skipped.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::JobFileActions</name>
    <message>
        <source>Cannot read the export file %1: %2</source>
        <translation>Cannot read the export file %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP files (*.zip)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Download export file</source>
        <translation>Download export file</translation>
    </message>
    <message>
        <source>%1_errors.csv</source>
        <comment>file name of an error CSV</comment>
        <translation>%1_errors.csv</translation>
    </message>
    <message>
        <source>Export errors to CSV</source>
        <translation>Export errors to CSV</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::JobNotifier</name>
    <message>
        <source>%1 of %2: %3</source>
        <comment>job type, object, status</comment>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 unchanged, %5 failed.</source>
        <translation>%1: %2 created, %3 updated, %4 unchanged, %5 failed.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::JobTableModel</name>
    <message>
        <source>%1 (%2%)</source>
        <comment>status and percentage</comment>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Download export file</source>
        <translation>Download export file</translation>
    </message>
    <message>
        <source>Save a copy of the exported file</source>
        <translation>Save a copy of the exported file</translation>
    </message>
    <message>
        <source>Bulk operation ID</source>
        <translation>Bulk operation ID</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>Job type</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::MainWindow</name>
    <message>
        <source>The job could not start</source>
        <translation>The job could not start</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New bulk operation…</source>
        <translation>&amp;New bulk operation…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Search jobs</source>
        <translation>&amp;Search jobs</translation>
    </message>
    <message>
        <source>Job &amp;details</source>
        <translation>Job &amp;details</translation>
    </message>
    <message>
        <source>&amp;Download export file…</source>
        <translation>&amp;Download export file…</translation>
    </message>
    <message>
        <source>&amp;Export errors to CSV…</source>
        <translation>&amp;Export errors to CSV…</translation>
    </message>
    <message>
        <source>&amp;Cancel the running job</source>
        <translation>&amp;Cancel the running job</translation>
    </message>
    <message>
        <source>&amp;About ccbulk</source>
        <translation>&amp;About ccbulk</translation>
    </message>
    <message>
        <source>Search jobs (Ctrl+F)</source>
        <translation>Search jobs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Search jobs</translation>
    </message>
    <message>
        <source>Bulk operations</source>
        <translation>Bulk operations</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Progress of the running job</translation>
    </message>
    <message>
        <source>A job is running. One bulk operation runs at a time.</source>
        <translation>A job is running. One bulk operation runs at a time.</translation>
    </message>
    <message>
        <source>Another ccbulk program is running a job. One bulk operation runs at a time.</source>
        <translation>Another ccbulk program is running a job. One bulk operation runs at a time.</translation>
    </message>
    <message>
        <source>Another ccbulk program is running job %1. One bulk operation runs at a time.</source>
        <translation>Another ccbulk program is running job %1. One bulk operation runs at a time.</translation>
    </message>
    <message>
        <source>Start a new import or export (Ctrl+N)</source>
        <translation>Start a new import or export (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 in progress: %2%</source>
        <translation>Job %1 in progress: %2%</translation>
    </message>
    <message>
        <source>Export file saved.</source>
        <translation>Export file saved.</translation>
    </message>
    <message>
        <source>Error CSV saved.</source>
        <translation>Error CSV saved.</translation>
    </message>
    <message>
        <source>About ccbulk</source>
        <translation>About ccbulk</translation>
    </message>
    <message>
        <source>ccbulk %1

Create, update, import and export the configuration of a Webex Contact Center tenant in bulk.</source>
        <translation>ccbulk %1

Create, update, import and export the configuration of a Webex Contact Center tenant in bulk.</translation>
    </message>
    <message>
        <source>A job is running</source>
        <translation>A job is running</translation>
    </message>
    <message>
        <source>A bulk operation is still running. Cancel it and quit, or wait for it to end? Rows already written are kept when you cancel.</source>
        <translation>A bulk operation is still running. Cancel it and quit, or wait for it to end? Rows already written are kept when you cancel.</translation>
    </message>
    <message>
        <source>Cancel the job and quit</source>
        <translation>Cancel the job and quit</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>No bulk operations yet.
New bulk operation (Ctrl+N) imports or exports objects; you can also drop a CSV or ZIP file here.</source>
        <translation>No bulk operations yet.
New bulk operation (Ctrl+N) imports or exports objects; you can also drop a CSV or ZIP file here.</translation>
    </message>
    <message>
        <source>No job matches “%1”.</source>
        <translation>No job matches “%1”.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::NewOperationWizard</name>
    <message>
        <source>New bulk operation</source>
        <translation>New bulk operation</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::OperationPage</name>
    <message>
        <source>Import or export</source>
        <translation>Import or export</translation>
    </message>
    <message>
        <source>&amp;Import: create and update objects from a file</source>
        <translation>&amp;Import: create and update objects from a file</translation>
    </message>
    <message>
        <source>&amp;Export: write the objects, or an empty template, to a file</source>
        <translation>&amp;Export: write the objects, or an empty template, to a file</translation>
    </message>
    <message>
        <source>Audio files are imported only; they cannot be exported.</source>
        <translation>Audio files are imported only; they cannot be exported.</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::RowResultModel</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your &amp;e-mail address:</source>
        <translation>Your &amp;e-mail address:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Local &amp;tenant file:</source>
        <translation>Local &amp;tenant file:</translation>
    </message>
    <message>
        <source>Most &amp;rows in a CSV file:</source>
        <translation>Most &amp;rows in a CSV file:</translation>
    </message>
    <message>
        <source>Largest &amp;CSV file:</source>
        <translation>Largest &amp;CSV file:</translation>
    </message>
    <message>
        <source>Largest &amp;ZIP file:</source>
        <translation>Largest &amp;ZIP file:</translation>
    </message>
    <message>
        <source>name@example.com (shown as “Submitted by”)</source>
        <translation>name@example.com (shown as “Submitted by”)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Local tenant file</source>
        <translation>Local tenant file</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>Choose the local tenant file.</source>
        <translation>Choose the local tenant file.</translation>
    </message>
    <message>
        <source>Tenant databases (*.sqlite);;All files (*)</source>
        <translation>Tenant databases (*.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::SubmittedPage</name>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>The job goes on in the background when you close this window; the dashboard shows its progress and tells you when it ends.</source>
        <translation>The job goes on in the background when you close this window; the dashboard shows its progress and tells you when it ends.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close and continue in &amp;background</source>
        <translation>Close and continue in &amp;background</translation>
    </message>
    <message>
        <source>Show job &amp;details</source>
        <translation>Show job &amp;details</translation>
    </message>
    <message>
        <source>Progress of the job</source>
        <translation>Progress of the job</translation>
    </message>
    <message>
        <source>The job has been submitted and is starting.</source>
        <translation>The job has been submitted and is starting.</translation>
    </message>
    <message>
        <source>Job %1 is in progress.</source>
        <translation>Job %1 is in progress.</translation>
    </message>
    <message>
        <source>Job %1 ended: %2.</source>
        <translation>Job %1 ended: %2.</translation>
    </message>
    <message>
        <source>The job could not start: %1</source>
        <translation>The job could not start: %1</translation>
    </message>
</context>
<context>
    <name>ccbulk::ui::TypePage</name>
    <message>
        <source>Object type</source>
        <translation>Object type</translation>
    </message>
    <message>
        <source>Choose the kind of configuration object to import or export.</source>
        <translation>Choose the kind of configuration object to import or export.</translation>
    </message>
    <message>
        <source>Object types</source>
        <translation>Object types</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ccbulk cannot start</source>
        <translation>ccbulk cannot start</translation>
    </message>
</context>
</TS>
