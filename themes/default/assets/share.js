// "Deel dit verhaal": the copy button is an extra for browsers that can copy; without this script the
// page still offers the address as text and the plain e-mail and WhatsApp links. Nothing here talks to
// another site.
for (const button of document.querySelectorAll('.share button[data-copy]')) {
  if (!navigator.clipboard) continue;
  const status = button.closest('.share').querySelector('.share-status');
  button.closest('[hidden]')?.removeAttribute('hidden');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy);
      status.textContent = status.dataset.copied;
    } catch {
      status.textContent = status.dataset.failed;
    }
  });
}
