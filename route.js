// A result link (the check's address with #r=…) opens the result page, before the check itself loads.
if (location.hash.startsWith('#r=')) location.replace(`result.html${location.search}${location.hash}`);
