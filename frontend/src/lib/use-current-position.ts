import { useState } from 'react';

/** Whether this browser can give the phone's position at all. */
export const canLocate = () => typeof navigator !== 'undefined' && 'geolocation' in navigator;

/**
 * The phone's position on request, as six-decimal texts for a form's latitude and longitude (about
 * 10 cm): `locate(onFound)` asks once, with high accuracy and a 15 s limit; `failed` says the last
 * request gave nothing (refused, no signal).
 */
export function useCurrentPosition() {
  const [locating, setLocating] = useState(false);
  const [failed, setFailed] = useState(false);
  const locate = (onFound: (point: { latitude: string; longitude: string }) => void) => {
    setLocating(true);
    setFailed(false);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onFound({ latitude: position.coords.latitude.toFixed(6), longitude: position.coords.longitude.toFixed(6) });
      },
      () => {
        setLocating(false);
        setFailed(true);
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };
  return { locate, locating, failed, supported: canLocate() };
}
