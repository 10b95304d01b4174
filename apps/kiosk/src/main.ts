import { registerServiceWorker } from "@livedigits/ui";
import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";

const target = document.getElementById("app");
if (!target) throw new Error("index.html has no #app element.");
mount(App, { target });

// Only the build has a service worker (sw.js is generated from the built files).
if (import.meta.env.PROD) void registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`, import.meta.env.BASE_URL);
