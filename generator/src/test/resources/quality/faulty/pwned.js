window.__pwned = true;
alert('xss');
