// When the map is created: once the first project's figures are on screen, not at page load.
// Creating it costs the page's thread most of what it spends before the district table
// appears (issue #18, Kenya's first visit profiled in software WebGL: MapLibre's shader
// compiles ~430 ms, the basemap ~270 ms, deck.gl's first, empty frame ~570 ms), so the table
// comes first and the map follows a frame later, opening on the districts rather than on the
// world. Once created, the map stays for every later project.
import { useEffect, useState } from 'react';

/** False while the first project loads; true from the frame after it has loaded (or failed, or there is none). */
export function useMapAfterFigures(loading: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (shown || loading) return;
    // A timeout inside a frame callback runs after that frame is painted: the table's.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShown(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, loading]);
  return shown;
}
