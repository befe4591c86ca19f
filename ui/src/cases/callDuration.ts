/** A call's length as people say it: "4:12" under an hour, "1:02:05" above; never a bare count of seconds. */
export function callDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [hours, minutes, rest] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(rest)}` : `${minutes}:${two(rest)}`;
}
