// Mistake: the loop starts at 1, so the first example is never counted
// Look at: the bounds of your loop over the examples
// Exercise: confusion
/**
 * Returns the confusion matrix counts[t][p]: how many examples of true class t were predicted as
 * class p, for classes 0..classes-1.
 */
int[][] confusionMatrix(int[] predicted, int[] labels, int classes) {
    int[][] counts = new int[classes][classes];
    for (int i = 1; i < labels.length; i++) {
        counts[labels[i]][predicted[i]]++;
    }
    return counts;
}

/** Returns the fraction of correct predictions a confusion matrix records: its diagonal over its total. */
double accuracy(int[][] confusion) {
    long correct = 0;
    long total = 0;
    for (int t = 0; t < confusion.length; t++) {
        for (int p = 0; p < confusion[t].length; p++) {
            total += confusion[t][p];
            if (t == p) {
                correct += confusion[t][p];
            }
        }
    }
    return (double) correct / total;
}
