/**
 * The `.htaccess` file that `--apache` writes beside the data (many schools' and offices' sites are on Apache shared
 * hosting): what the elements need from the server, each part only where its module is on.
 * - `application/json` and `Access-Control-Allow-Origin: *` on the JSON files (another site's page reads them);
 * - compression of the JSON files on the fly (mod_deflate: the shards shrink to about a tenth);
 * - `search.json` answered with its precompressed copy (`search.json.gz`, Zopfli) where the browser takes gzip, said
 *   `Content-Encoding: gzip` and not compressed again: only where mod_rewrite, mod_headers and mod_env are all on,
 *   since without the header the browser would read compressed bytes, and without `no-gzip` get them compressed twice;
 * - a file that is not there is a 404, even where the site sends unknown addresses to its home page
 *   (`FallbackResource`, a CMS's rewrite): a map then reads what it can do without, a badge says the school is not in
 *   the data.
 * Checked against a real Apache in test/data-adapters/apache-config.node.test.ts.
 */
export const APACHE_CONFIG = `# Written by scuole-europa-data build --apache: what the elements need from an Apache server.
# It needs "AllowOverride All" (or FileInfo, Indexes): should the data's folder answer
# "500 Internal Server Error", the host does not allow it, and this file can be deleted.
AddType application/json .json
<IfModule mod_headers.c>
  <FilesMatch "\\.json(\\.gz)?$">
    Header set Access-Control-Allow-Origin "*"
  </FilesMatch>
</IfModule>
<IfModule mod_deflate.c>
  AddOutputFilterByType DEFLATE application/json
</IfModule>
# search.json from its precompressed copy, for a browser that takes gzip.
<IfModule mod_rewrite.c>
<IfModule mod_headers.c>
<IfModule mod_env.c>
  RewriteEngine On
  RewriteCond %{HTTP:Accept-Encoding} gzip
  RewriteCond %{REQUEST_FILENAME}.gz -s
  RewriteRule ^(.+\\.json)$ $1.gz [L]
  <FilesMatch "\\.json\\.gz$">
    ForceType application/json
    SetEnv no-gzip 1
    Header set Content-Encoding gzip
    Header append Vary Accept-Encoding
  </FilesMatch>
</IfModule>
</IfModule>
</IfModule>
# A file that is not there is a 404, not the site's home page.
FallbackResource disabled
ErrorDocument 404 default
`;
