// German texts of the surprise panel (merged into ../de.js when done).
export default {};
