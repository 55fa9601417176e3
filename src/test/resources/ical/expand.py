"""Reads an iCalendar file with Python's icalendar and expands its repeat rules with recurring_ical_events
(Debian: python3-icalendar, python3-recurring-ical-events), independently of the Java code that wrote it.

Prints one JSON object per occurrence between the two dates given (inclusive), in Europe/Copenhagen time:
{"uid", "sequence", "start", "end", "attendees"}. Exit code 3 when a module is missing."""
import datetime
import json
import sys

try:
    import icalendar
    import recurring_ical_events
except ImportError as missing:
    print(missing, file=sys.stderr)
    sys.exit(3)

try:
    from zoneinfo import ZoneInfo
    COPENHAGEN = ZoneInfo("Europe/Copenhagen")
except ImportError:
    import pytz
    COPENHAGEN = pytz.timezone("Europe/Copenhagen")


def local(value):
    return value.astimezone(COPENHAGEN).strftime("%Y-%m-%dT%H:%M")


def main(path, first, last):
    with open(path, "rb") as file:
        calendar = icalendar.Calendar.from_ical(file.read())
    start = datetime.date.fromisoformat(first)
    end = datetime.date.fromisoformat(last) + datetime.timedelta(days=1)
    for event in recurring_ical_events.of(calendar).between(start, end):
        attendees = event.get("ATTENDEE", [])
        if not isinstance(attendees, list):
            attendees = [attendees]
        print(json.dumps({
            "uid": str(event.get("UID")),
            "sequence": int(event.get("SEQUENCE", 0)),
            "start": local(event.decoded("DTSTART")),
            "end": local(event.decoded("DTEND")),
            "attendees": sorted(str(a) for a in attendees),
        }))


if __name__ == "__main__":
    main(*sys.argv[1:4])
