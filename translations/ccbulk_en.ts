<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <message numerus="yes">
        <source>The row has %n cell(s), but the header has %1; the extra cells are empty and ignored.</source>
        <translation>
            <numerusform>The row has %n cell, but the header has %1; the extra cells are empty and ignored.</numerusform>
            <numerusform>The row has %n cells, but the header has %1; the extra cells are empty and ignored.</numerusform>
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
  validate TYPE FILE [--json]     check FILE (- for standard input) against
                                  TYPE; writes nothing

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
  validate TYPE FILE [--json]     check FILE (- for standard input) against
                                  TYPE; writes nothing

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
</context>
</TS>
