import { Image, Skeleton } from '@mantine/core';
import { useEffect, useState } from 'react';

/**
 * A QR code of the text (e.g. an otpauth:// link an authenticator app scans), drawn in the browser. The
 * drawing library is fetched only when a code is shown: the log-in page loads without it.
 */
export function QrCode({ text, alt, size = 200 }: { text: string; alt: string; size?: number }) {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    import('qrcode')
      .then(({ default: QRCode }) =>
        QRCode.toDataURL(text, { width: size, margin: 2, errorCorrectionLevel: 'M' }),
      )
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
