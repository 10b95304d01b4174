import { mount } from "svelte";
import Popup from "./Popup.svelte";
import "./extension.css";

const target = document.getElementById("app");
if (!target) throw new Error("popup.html has no #app element.");
mount(Popup, { target });
