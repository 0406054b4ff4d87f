// German texts of the trust panel (merged into ../de.js when done).
export default {};
