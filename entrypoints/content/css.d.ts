// Stylesheets imported for their effect (Vite bundles them; WXT lists a content script's in its manifest).
declare module '*.css';
