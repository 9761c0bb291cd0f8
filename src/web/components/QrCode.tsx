import { Image, Skeleton } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code of the text (e.g. an otpauth:// link an authenticator app scans), drawn in the browser. */
export function QrCode({ text, alt, size = 200 }: { text: string; alt: string; size?: number }) {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(text, { width: size, margin: 2, errorCorrectionLevel: 'M' })
      .then((url) => {
        if (current) setDataUrl(url);
      })
      .catch(() => {
        if (current) setDataUrl(null);
      });
    return () => {
      current = false;
    };
  }, [text, size]);
  return dataUrl ? (
    <Image src={dataUrl} alt={alt} w={size} h={size} fit="contain" />
  ) : (
    <Skeleton w={size} h={size} />
  );
}
