// The smoke page needs no editor library: it only shows the content script runs on facebook.com.
document.querySelector('main')?.setAttribute('data-ready', 'true');
