// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// A copy of a web page's folder (mobile-ticket-web/, booking-web/) with a FILE.gz beside every file,
// made as the build makes them (gzip -9, cmake/web_root.cmake), so tests measure what production
// transfers.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export function copyWebRoot(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) copyWebRoot(src, dst);
    else if (entry.isFile() && !entry.name.endsWith('.gz') && !entry.name.endsWith('.md')) {
      const content = fs.readFileSync(src);
      fs.writeFileSync(dst, content);
      fs.writeFileSync(dst + '.gz', zlib.gzipSync(content, { level: 9 }));
    }
  }
  return to;
}
