// Registers the service worker that @livedigits/vite-config's offlineServiceWorker()
// builds, so the app opens and reads digits offline after its first visit.

export async function registerServiceWorker(scriptUrl: string, scope: string): Promise<ServiceWorkerRegistration | null> {
  if (!("serviceWorker" in navigator)) return null;
  try {
    return await navigator.serviceWorker.register(scriptUrl, { scope });
  } catch (error) {
    // The app works online without it; say why offline use will not.
    console.warn("LiveDigits will not work offline: the service worker could not be registered.", error);
    return null;
  }
}
