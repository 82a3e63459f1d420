#!/usr/bin/env python3
"""Reference validator for the speed comparison in docs/PERFORMANCE.md.

Checks a CSV file offline the way `ccbulk-cli validate` does, driven by the
same definition file (resources/definitions/<type>.json), with the Python
standard library only:

  - the file: size and row limits, encoding (UTF-8 with or without a BOM,
    else Windows-1252), delimiter (comma, semicolon or tab, as a first line
    "sep=;" names it, else whichever the header line uses most outside
    quotes);
  - the header: case- and space-insensitive matching with aliases, unknown and
    duplicate columns, required columns present;
  - every row: cell count, trimmed cells, formula guard removed, required and
    conditional cells ("when": in / notIn / atLeast, booleans compared as
    booleans, an empty boolean being FALSE), values outside their "when"
    (warnings), value kinds (text maxLength and pattern, plain integers with
    min/max, booleans including SANT/FALSKT, enums, time zones, e-mail and
    number patterns, numbers in scientific notation, "|" lists with minItems,
    references checked against the referenced type's key column),
    requiresTrue;
  - across rows: duplicate keys.

Parent/child types (address-book, outdial-ani, skill-profile) need rules
across the rows of one object that this script does not implement.

Usage: validate_reference.py [--type TYPE] FILE
Prints "FILE: N rows, E errors, W warnings" and the issues. Exit status 0
when the file is valid, 1 when it has errors, 2 when it is refused.
"""

import codecs
import csv
import functools
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFINITIONS = os.path.join(HERE, os.pardir, "resources", "definitions")

MAX_ROWS = 5000
MAX_BYTES = 5 * 1024 * 1024

# SANT and FALSKT: what a Swedish Excel writes for a truth value.
TRUE_WORDS = frozenset(("TRUE", "YES", "ON", "1", "SANT"))
FALSE_WORDS = frozenset(("FALSE", "NO", "OFF", "0", "FALSKT"))

_BLANKS = re.compile(r"[\s_]+")
_DIGITS = re.compile(r"[0-9]+\Z")
# 4.68123E+10: a long number a spreadsheet wrote in scientific notation.
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]+)?[eE]\+[0-9]+\Z")
# Excel's first line "sep=;" names the delimiter and is not a row.
_SEPARATOR_HINT = re.compile(r"(?i)sep=([,;\t])(\r\n|\r|\n|\Z)")


def parse_bool(value):
    upper = value.upper()
    if upper in TRUE_WORDS:
        return True
    if upper in FALSE_WORDS:
        return False
    return None


@functools.lru_cache(maxsize=4096)
def normalise_enum(value):
    """Upper case, underscores as spaces, runs of blanks as one space."""
    return _BLANKS.sub(" ", value).strip().upper()


def normalise_header(header):
    return " ".join(header.split()).casefold()


def plain_int(value):
    return int(value) if _DIGITS.match(value) else None


# Windows-1252 as Windows decodes it: the five undefined bytes map to the
# code points of the same value.
def _cp1252_undefined(error):
    bad = error.object[error.start:error.end]
    return "".join(chr(b) for b in bad), error.end


codecs.register_error("cp1252-as-windows", _cp1252_undefined)


def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", "cp1252-as-windows"), "cp1252"


def sniff_delimiter(text):
    """Counts , ; and tab outside quotes on the header line."""
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for c in text:
        if c == '"':
            quoted = not quoted
        elif not quoted:
            if c == "\r" or c == "\n":
                break
            if c in counts:
                counts[c] += 1
    commas, semicolons, tabs = counts[","], counts[";"], counts["\t"]
    if semicolons > commas and semicolons >= tabs:
        return ";"
    if tabs > commas and tabs > semicolons:
        return "\t"
    return ","


def _is_number_after_sign(rest):
    return bool(rest) and rest[0].isdigit() and all(
        c in "0123456789 .,-()" for c in rest)


def _needs_formula_guard(cell):
    if not cell:
        return False
    first = cell[0]
    if first in "=@\t\r":
        return True
    if first in "+-":
        return not _is_number_after_sign(cell[1:])
    if first == "'":
        return _needs_formula_guard(cell[1:])
    return False


def unguard(cell):
    """Drops the apostrophe the writer puts before a formula-like cell."""
    if len(cell) > 1 and cell[0] == "'" and _needs_formula_guard(cell[1:]):
        return cell[1:]
    return cell


def quoted(value):
    shown = value if len(value) <= 60 else value[:60] + "\u2026"
    return "\u201c%s\u201d" % shown


class Definitions:
    def __init__(self, directory):
        self.directory = directory
        self._types = {}

    def get(self, type_id):
        """The type's JSON, or None for an external type."""
        if type_id not in self._types:
            path = os.path.join(self.directory, type_id + ".json")
            if os.path.exists(path):
                with open(path, encoding="utf-8") as f:
                    self._types[type_id] = json.load(f)
            else:
                self._types[type_id] = None
        return self._types[type_id]


_time_zones = None


def known_time_zone(value):
    global _time_zones
    if _time_zones is None:
        import zoneinfo
        _time_zones = {name.casefold() for name in zoneinfo.available_timezones()}
    return value.casefold() in _time_zones


SCIENTIFIC_MESSAGE = ("%s looks like a number that a spreadsheet wrote in scientific "
                      "notation, which loses digits.")


def text_checker(max_length, pattern, kind):
    """A function value -> message or None, for text-like kinds."""
    regex = re.compile(pattern) if pattern else None
    search = regex.search if regex else None
    what = {
        "email": "is not an e-mail address",
        "dialNumber": "is not a dial number",
        "phone": "is not a phone number",
        "phoneOrSip": "is neither a phone number nor a SIP address",
    }.get(kind, "does not match %s" % pattern)
    numeric = kind in ("dialNumber", "phone", "phoneOrSip")

    def check(value):
        if max_length >= 0 and len(value) > max_length:
            return "%s is %d characters long; at most %d are allowed." % (
                quoted(value), len(value), max_length)
        if search is not None and search(value) is None:
            # A number in scientific notation never matches a number
            # pattern; it only gets its own message.
            if numeric and _SCIENTIFIC.match(value):
                return SCIENTIFIC_MESSAGE % quoted(value)
            return "%s %s." % (quoted(value), what)
        return None
    return check


def item_checker(column, definitions):
    kind = column["kind"]
    if kind in ("text", "email", "dialNumber", "phone", "phoneOrSip"):
        return text_checker(column.get("maxLength", -1), column.get("pattern"), kind)
    if kind == "integer":
        low = column.get("min", 0)
        high = column.get("max", 2147483647)

        def check_int(value):
            number = plain_int(value)
            if number is None:
                if _SCIENTIFIC.match(value):
                    return SCIENTIFIC_MESSAGE % quoted(value)
                return "%s is not a whole number." % quoted(value)
            if number < low:
                return "%s is less than %d, the smallest value allowed." % (quoted(value), low)
            if number > high:
                return "%s is more than %d, the largest value allowed." % (quoted(value), high)
            return None
        return check_int
    if kind == "boolean":
        words = TRUE_WORDS | FALSE_WORDS

        def check_bool(value):
            if value.upper() in words:
                return None
            return "%s is not a yes/no value." % quoted(value)
        return check_bool
    if kind == "enum":
        allowed = {normalise_enum(v) for v in column["values"]}
        allowed |= {normalise_enum(a) for a in column.get("valueAliases", {})}
        shown = ", ".join(column["values"])

        def check_enum(value):
            if normalise_enum(value) in allowed:
                return None
            return "%s is not one of the allowed values: %s." % (quoted(value), shown)
        return check_enum
    if kind == "timezone":
        def check_zone(value):
            return None if known_time_zone(value) else "%s is not a time zone." % quoted(value)
        return check_zone
    if kind == "reference":
        suffix = column.get("suffix", "").casefold()
        target = definitions.get(column["refersTo"])
        name_check = None
        if target is not None:
            key = next(c for c in target["columns"] if c["header"] == target["key"])
            name_check = text_checker(key.get("maxLength", -1), key.get("pattern"), key["kind"])
            prefix = "This cannot be the name of a %s: " % target["name"]["en"]

        def check_reference(value):
            if suffix and not value.casefold().endswith(suffix):
                return "%s must end in %s." % (quoted(value), column["suffix"])
            if name_check is not None:
                problem = name_check(value)
                if problem is not None:
                    return prefix + problem
            return None
        return check_reference
    if kind == "skillValue":
        return lambda value: None
    raise ValueError("unknown kind %r" % kind)


def value_checker(column, definitions):
    check_item = item_checker(column, definitions)
    if not column.get("list"):
        return check_item
    min_items = column.get("minItems", 0)

    def check_list(value):
        items = 0
        for item in value.split("|"):
            item = item.strip()
            if not item:
                continue
            items += 1
            problem = check_item(item)
            if problem is not None:
                return problem
        if items < min_items:
            return "The list needs at least %d item(s), separated by \u201c|\u201d." % min_items
        return None
    return check_list


class Type:
    """A definition prepared for checking: lookups built once."""

    def __init__(self, definition, definitions):
        self.id = definition["id"]
        self.columns = definition["columns"]
        self.index = {c["header"]: i for i, c in enumerate(self.columns)}
        self.key_column = self.index[definition["key"]]
        self.key_match = definition["keyMatch"]
        self.header_index = {}
        for i, column in enumerate(self.columns):
            for header in [column["header"]] + column.get("aliases", []):
                self.header_index[normalise_header(header)] = i
        self.checks = []
        for i, column in enumerate(self.columns):
            self.checks.append((
                i,
                column["header"],
                column["required"],
                [self._condition(c) for c in column.get("when", [])],
                ", ".join(self._describe(c) for c in column.get("when", [])),
                frozenset(column.get("inapplicableAllowed", [])),
                value_checker(column, definitions),
                self.index[column["requiresTrue"]] if "requiresTrue" in column else -1,
            ))

    def _condition(self, condition):
        if condition.get("childRow"):
            raise ValueError("childRow conditions need parent/child support")
        index = self.index[condition["column"]]
        if "atLeast" in condition:
            least = condition["atLeast"]

            def at_least(values):
                number = plain_int(values[index])
                return number is not None and number >= least
            return at_least
        negate = "notIn" in condition
        wanted = condition["notIn"] if negate else condition["in"]
        if self.columns[index]["kind"] == "boolean":
            wanted_bools = {parse_bool(w) for w in wanted} - {None}

            def holds_bool(values):
                value = values[index]
                actual = False if not value else parse_bool(value)
                found = actual is not None and actual in wanted_bools
                return found != negate
            return holds_bool
        wanted_enums = {normalise_enum(w) for w in wanted}

        def holds_enum(values):
            return (normalise_enum(values[index]) in wanted_enums) != negate
        return holds_enum

    @staticmethod
    def _describe(condition):
        if "atLeast" in condition:
            return "%s is %d or more" % (condition["column"], condition["atLeast"])
        if "notIn" in condition:
            return "%s is not %s" % (condition["column"], " or ".join(condition["notIn"]))
        return "%s is %s" % (condition["column"], " or ".join(condition["in"]))

    def normalise_key(self, key):
        if self.key_match == "dialNumber":
            return key.replace(".", "").replace("-", "")
        return key.casefold()


class Report:
    def __init__(self):
        self.refused = False
        self.rows = 0
        self.issues = []  # (row, column, severity, message)

    def error(self, row, column, message):
        self.issues.append((row, column, "error", message))

    def warning(self, row, column, message):
        self.issues.append((row, column, "warning", message))

    def refuse(self, message, row=0):
        self.refused = True
        self.issues = [(row, "", "error", message)]
        return self

    @property
    def errors(self):
        return sum(1 for issue in self.issues if issue[2] == "error")

    @property
    def warnings(self):
        return len(self.issues) - self.errors


def map_header(type_, header, report):
    """The cell of each column (-1 when absent); None when refused."""
    cell_for_column = [-1] * len(type_.columns)
    problems = []
    for cell, text in enumerate(header):
        text = text.strip()
        if not text:
            report.warning(1, "", "Column %d has no header; its cells are ignored." % (cell + 1))
            continue
        column = type_.header_index.get(normalise_header(text), -1)
        if column < 0:
            if normalise_header(text) != "error message":
                report.warning(1, "", "Unknown column %s (column %d) is ignored."
                               % (quoted(text), cell + 1))
            continue
        if cell_for_column[column] >= 0:
            problems.append("columns %d and %d both name %s" % (
                cell_for_column[column] + 1, cell + 1, quoted(type_.columns[column]["header"])))
            continue
        cell_for_column[column] = cell
    missing = [quoted(c["header"]) for i, c in enumerate(type_.columns)
               if c["required"] == "yes" and cell_for_column[i] < 0]
    if missing:
        problems.insert(0, "the required column(s) %s are missing" % ", ".join(missing))
    if problems:
        report.refuse("The file cannot be used: %s." % "; ".join(problems))
        return None
    return cell_for_column


def validate(type_, path):
    report = Report()
    size = os.path.getsize(path)
    if size > MAX_BYTES:
        return report.refuse("The file is %d bytes, more than the limit of %d." % (size, MAX_BYTES))
    with open(path, "rb") as f:
        data = f.read()
    if not data or data == b"\xef\xbb\xbf":
        return report.refuse("The file is empty.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return report.refuse("The file is UTF-16; save it as UTF-8.")
    if b"\0" in data:
        return report.refuse("The file holds a NUL byte: it is not a text file.")
    text, _encoding = decode(data)
    hint = _SEPARATOR_HINT.match(text)
    if hint:
        text = text[hint.end():]
        delimiter = hint.group(1)
    else:
        delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        return report.refuse("The file is empty.")
    header = [unguard(cell) for cell in header]
    cell_for_column = map_header(type_, header, report)
    if cell_for_column is None:
        return report
    cell_count = len(header)
    checks = type_.checks
    key_column = type_.key_column
    key_header = type_.columns[key_column]["header"]
    first_row_of_key = {}
    reported_missing = set()
    row = 1
    try:
        for record in reader:
            # Rows are numbered by record, as a spreadsheet shows them: the
            # header is row 1, and line breaks inside quoted cells do not count.
            row += 1
            if not any(cell.strip() for cell in record):
                continue
            report.rows += 1
            if report.rows > MAX_ROWS:
                continue
            if len(record) < cell_count:
                report.error(row, "", "The row has %d cells, but the header has %d."
                             % (len(record), cell_count))
                continue
            if len(record) > cell_count:
                extra_empty = not any(c.strip() for c in record[cell_count:])
                message = "The row has %d cells, but the header has %d" % (len(record), cell_count)
                if extra_empty:
                    report.warning(row, "", message + "; the extra cells are empty and ignored.")
                else:
                    report.error(row, "", message + ".")
                    continue
            values = [record[cell] if cell >= 0 else "" for cell in cell_for_column]
            values = [v.strip() if v[:1] != "'" else unguard(v).strip() for v in values]
            for (index, header_text, required, when, described, allowed, check,
                 requires_true) in checks:
                value = values[index]
                applies = True
                for condition in when:
                    if not condition(values):
                        applies = False
                        break
                if not value:
                    if required == "yes":
                        report.error(row, header_text, "A value is required.")
                    elif required == "if" and applies:
                        if cell_for_column[index] >= 0:
                            report.error(row, header_text,
                                         "A value is required when %s." % described)
                        elif index not in reported_missing:
                            reported_missing.add(index)
                            report.warning(row, header_text,
                                           "The file has no %s column, which a new object "
                                           "needs when %s." % (quoted(header_text), described))
                    continue
                if not applies:
                    if value not in allowed:
                        report.warning(row, header_text,
                                       "%s is ignored: this column applies only when %s."
                                       % (quoted(value), described))
                    continue
                problem = check(value)
                if problem is not None:
                    report.error(row, header_text, problem)
                    continue
                if requires_true >= 0 and parse_bool(value):
                    if not parse_bool(values[requires_true]):
                        report.error(row, header_text, "TRUE here requires %s to be TRUE."
                                     % quoted(type_.columns[requires_true]["header"]))
            key = values[key_column]
            if key:
                normalised = type_.normalise_key(key)
                first = first_row_of_key.get(normalised)
                if first is None:
                    first_row_of_key[normalised] = row
                else:
                    report.error(row, key_header, "%s is already on row %d; only that row is "
                                 "used." % (quoted(key), first))
    except csv.Error as error:
        return report.refuse("The file cannot be read: %s." % error)
    if report.rows > MAX_ROWS:
        return report.refuse("The file has %d data rows, more than the limit of %d."
                             % (report.rows, MAX_ROWS))
    if report.rows == 0:
        return report.refuse("The file has a header row but no data rows.")
    report.issues.sort(key=lambda issue: issue[0])
    return report


def main(argv):
    args = argv[1:]
    type_id = "agent-profile"
    if len(args) >= 2 and args[0] == "--type":
        type_id = args[1]
        args = args[2:]
    if len(args) != 1:
        print("Usage: validate_reference.py [--type TYPE] FILE", file=sys.stderr)
        return 64
    definitions = Definitions(os.path.normpath(DEFINITIONS))
    definition = definitions.get(type_id)
    if definition is None:
        print("Unknown type %s" % type_id, file=sys.stderr)
        return 64
    if "children" in definition:
        print("%s is a parent/child type, which this script does not check." % type_id,
              file=sys.stderr)
        return 64
    path = args[0]
    report = validate(Type(definition, definitions), path)
    name = os.path.basename(path)
    out = []
    if report.refused:
        out.append("%s: refused." % name)
    else:
        out.append("%s: %d rows, %d errors, %d warnings"
                   % (name, report.rows, report.errors, report.warnings))
    for row, column, severity, message in report.issues:
        where = ("Row %d, %s" % (row, column) if row and column
                 else "Row %d" % row if row else "File")
        out.append("  %s (%s): %s" % (where, severity, message))
    if not report.refused and report.errors == 0:
        out.append("The file is valid.")
    print("\n".join(out))
    if report.refused:
        return 2
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
