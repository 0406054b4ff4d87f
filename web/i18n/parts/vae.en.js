// English texts of the vae panel (merged into ../en.js when done).
export default {};
