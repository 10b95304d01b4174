// An app's settings as reactive state: defaults, then what was saved in localStorage,
// then URL parameters (which win, so a link reproduces a setup); saved on every change.

/** What an app's URL parser returns: the settings it found and one sentence per ignored parameter. */
export interface UrlSettingsLayer<T> {
  readonly settings: Partial<T>;
  readonly problems: readonly string[];
}

/** How one app's settings are named, read, layered and written. */
export interface SettingsCodec<T, Url extends UrlSettingsLayer<T>> {
  readonly storageKey: string;
  fromUrl(query: string): Url;
  fromStorage(text: string | null): Partial<T>;
  /** Defaults, then the layers in order; later layers win. */
  resolve(...layers: Partial<T>[]): T;
  serialize(settings: T): string;
}

export class PersistedSettings<T, Url extends UrlSettingsLayer<T> = UrlSettingsLayer<T>> {
  // Set in the constructor, before anything reads it.
  value = $state.raw<T>() as T;
  /** Everything the URL said, for options an app keeps beyond its saved settings. */
  readonly url: Url;
  readonly #codec: SettingsCodec<T, Url>;
  readonly #storage: Storage | null;

  constructor(codec: SettingsCodec<T, Url>, storage: Storage | null, query: string) {
    this.#codec = codec;
    this.#storage = storage;
    this.url = codec.fromUrl(query);
    this.value = codec.resolve(codec.fromStorage(this.#read()), this.url.settings);
  }

  /** URL parameters that were ignored, with the reason. */
  get urlProblems(): readonly string[] {
    return this.url.problems;
  }

  update(patch: Partial<T>): void {
    this.value = { ...this.value, ...patch };
    try {
      this.#storage?.setItem(this.#codec.storageKey, this.#codec.serialize(this.value));
    } catch {
      // Storage full or forbidden: the settings still apply to this visit.
    }
  }

  #read(): string | null {
    try {
      return this.#storage?.getItem(this.#codec.storageKey) ?? null;
    } catch {
      return null;
    }
  }
}

/** localStorage, or null where the browser forbids it (e.g. cookies blocked). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
