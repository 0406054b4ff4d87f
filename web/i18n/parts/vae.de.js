// German texts of the vae panel (merged into ../de.js when done).
export default {};
