import { mount } from "svelte";
import Permission from "./Permission.svelte";
import "./extension.css";

const target = document.getElementById("app");
if (!target) throw new Error("permission.html has no #app element.");
mount(Permission, { target });
