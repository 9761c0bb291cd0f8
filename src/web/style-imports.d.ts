// Style sheets are imported for their effect (Vite bundles them); they export nothing to type.
declare module '*.css';
