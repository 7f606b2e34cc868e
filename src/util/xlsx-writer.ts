/** The XLSX writer on its own, for the file the CDN bundle loads beside it on the first XLSX download. */
export { default } from 'write-excel-file/universal';
