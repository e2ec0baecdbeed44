/**
 * A strict reading of an iCalendar file (RFC 5545, with RFC 5546's rule for METHOD as libical
 * applies it), stricter than the parsers calendar apps use: what it returns is what some client
 * would reject or misread.
 */
export function icalendarFaults(text: string): string[] {
  const faults: string[] = [];
  if (!text.endsWith('\r\n')) faults.push('the file must end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) faults.push('every line must end with CRLF, and no bare CR or LF may appear');
  const physical = text.split('\r\n').slice(0, -1);
  for (const [i, line] of physical.entries()) {
    if (Buffer.byteLength(line) > 75) faults.push(`line ${i + 1} is longer than 75 octets`);
    if (/[\u0000-\u0008\u000A-\u001F\u007F]/.test(line)) faults.push(`line ${i + 1} holds a control character`);
  }
  // Unfold: a line starting with a space or tab continues the one before.
  const lines = physical.reduce<string[]>((all, line) => {
    if (/^[ \t]/.test(line) && all.length > 0) all[all.length - 1] += line.slice(1);
    else all.push(line);
    return all;
  }, []);
  const stack: string[] = [];
  const components: Array<{ name: string; props: Array<[string, string]> }> = [];
  for (const line of lines) {
    const match = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!match) {
      faults.push(`not a content line: ${line.slice(0, 40)}`);
      continue;
    }
    const [, name, , value] = match as unknown as [string, string, string, string];
    if (name === 'BEGIN') {
      stack.push(value);
      components.push({ name: value, props: [] });
    } else if (name === 'END') {
      if (stack.pop() !== value) faults.push(`END:${value} does not close the component opened last`);
    } else {
      [...components].reverse().find((c) => c.name === stack.at(-1))?.props.push([name, line]);
    }
  }
  if (stack.length > 0) faults.push(`unclosed: ${stack.join(', ')}`);
  const calendar = components.find((c) => c.name === 'VCALENDAR');
  const count = (props: Array<[string, string]>, name: string) => props.filter(([n]) => n === name).length;
  if (!calendar) return [...faults, 'no VCALENDAR'];
  for (const required of ['VERSION', 'PRODID']) if (count(calendar.props, required) !== 1) faults.push(`VCALENDAR needs exactly one ${required}`);
  const events = components.filter((c) => c.name === 'VEVENT');
  const hasMethod = count(calendar.props, 'METHOD') > 0;
  const zones = new Set(components.filter((c) => c.name === 'VTIMEZONE').map((c) => c.props.find(([n]) => n === 'TZID')?.[1].split(':')[1]));
  for (const [i, event] of events.entries()) {
    for (const required of ['UID', 'DTSTAMP', 'DTSTART']) if (count(event.props, required) !== 1) faults.push(`event ${i + 1} needs exactly one ${required}`);
    if (hasMethod && count(event.props, 'ORGANIZER') === 0) faults.push(`event ${i + 1}: with METHOD, every event needs an ORGANIZER (RFC 5546)`);
    if (count(event.props, 'DTEND') > 0 && count(event.props, 'DURATION') > 0) faults.push(`event ${i + 1} has both DTEND and DURATION`);
    for (const [, line] of event.props) {
      const zone = /;TZID=([^;:]+)/.exec(line)?.[1];
      if (zone && !zones.has(zone)) faults.push(`event ${i + 1} uses TZID ${zone} without a VTIMEZONE for it`);
    }
    const when = (name: string) => event.props.find(([n]) => n === name)?.[1].split(':').at(-1);
    const [start, end] = [when('DTSTART'), when('DTEND')];
    if (start && end && end <= start) faults.push(`event ${i + 1} ends before it starts`);
    const sequence = when('SEQUENCE');
    if (sequence !== undefined && !/^\d+$/.test(sequence)) faults.push(`event ${i + 1}: SEQUENCE must be a whole number`);
  }
  return faults;
}
