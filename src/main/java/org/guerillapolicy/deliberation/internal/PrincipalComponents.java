package org.guerillapolicy.deliberation.internal;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The first two principal components of the mean-imputed rating matrix (Pol.is {@code pca.clj}).
 *
 * <p>After imputing each missing vote with its statement's mean and centring, missing cells are exactly zero, so
 * the centred matrix is as sparse as the votes and is never made dense. Pol.is runs 100 steps of power iteration
 * from an unseeded random vector; we run seeded block subspace iteration with Rayleigh-Ritz until the residual
 * is negligible, so the components are the exact ones and the same every time, with the sign fixed so that each
 * component's largest loading is positive.
 */
public record PrincipalComponents(double[] mean, double[] first, double[] second) {

    private static final int BLOCK = 4;
    private static final int MAX_ITERATIONS = 2000;

    public static PrincipalComponents of(RatingMatrix ratings, long seed, double tolerance) {
        return of(ratings, seed, tolerance, null);
    }

    /**
     * Starts from the components of an earlier map of the same conversation (new votes barely move them), which
     * converges in a few steps; the result is the same components to within the tolerance.
     */
    public static PrincipalComponents of(RatingMatrix ratings, long seed, double tolerance,
            PrincipalComponents previous) {
        int n = ratings.participantCount();
        int statements = ratings.statementCount();
        double[] mean = statementMeans(ratings);
        if (statements < 2 || n < 2) {
            double[] first = new double[statements];
            if (statements > 0) {
                first[0] = 1;
            }
            return new PrincipalComponents(mean, first, new double[statements]);
        }
        int block = Math.min(BLOCK, statements);
        DMatrixRMaj start = randomBlock(statements, block, seed);
        if (previous != null && previous.first.length <= statements && block > 2) {
            for (int c = 0; c < previous.first.length; c++) {
                start.set(c, 0, previous.first[c]);
                start.set(c, 1, previous.second[c]);
            }
        }
        DMatrixRMaj basis = orthonormal(start);
        DMatrixRMaj product = new DMatrixRMaj(statements, block);
        DMatrixRMaj ritz = new DMatrixRMaj(statements, 2);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            gramTimes(ratings, mean, basis, product);
            DMatrixRMaj small = new DMatrixRMaj(block, block);
            CommonOps_DDRM.multTransA(basis, product, small);
            double[][] rotation = topEigenvectors(small);
            double residual = 0;
            double scale = 0;
            for (int k = 0; k < 2; k++) {
                double value = 0;
                for (int i = 0; i < block; i++) {
                    for (int j = 0; j < block; j++) {
                        value += rotation[k][i] * small.get(i, j) * rotation[k][j];
                    }
                }
                scale = Math.max(scale, Math.abs(value));
                for (int c = 0; c < statements; c++) {
                    double vector = 0;
                    double image = 0;
                    for (int i = 0; i < block; i++) {
                        vector += basis.get(c, i) * rotation[k][i];
                        image += product.get(c, i) * rotation[k][i];
                    }
                    ritz.set(c, k, vector);
                    residual = Math.max(residual, Math.abs(image - value * vector));
                }
            }
            if (scale == 0 || residual <= tolerance * scale) {
                break;
            }
            basis = orthonormal(product);
        }
        return new PrincipalComponents(mean, signFixed(ritz, 0), signFixed(ritz, 1));
    }

    /** Column means over the votes cast; moderated-out statements are all passes, so their mean is zero. */
    static double[] statementMeans(RatingMatrix ratings) {
        int statements = ratings.statementCount();
        double[] sum = new double[statements];
        int[] count = new int[statements];
        for (int i = 0; i < ratings.voteCount(); i++) {
            int c = ratings.columnAt(i);
            sum[c] += ratings.voteAt(i);
            count[c]++;
        }
        double[] mean = new double[statements];
        for (int c = 0; c < statements; c++) {
            mean[c] = ratings.isModeratedOut(c) || count[c] == 0 ? 0 : sum[c] / count[c];
        }
        return mean;
    }

    /**
     * product = X^T X B, where X is the centred matrix: the votes cast less their statement's mean (missing votes,
     * and moderated-out statements, are zero once centred). Read straight from the rating matrix's rows, one row at
     * a time (its score x B, then its share of X^T times that score), so X is never built.
     */
    private static void gramTimes(RatingMatrix ratings, double[] mean, DMatrixRMaj basis, DMatrixRMaj product) {
        int block = basis.numCols;
        double[] score = new double[block];
        java.util.Arrays.fill(product.data, 0);
        for (int row = 0; row < ratings.participantCount(); row++) {
            java.util.Arrays.fill(score, 0);
            for (int i = ratings.rowStart(row); i < ratings.rowStart(row + 1); i++) {
                int c = ratings.columnAt(i);
                if (!ratings.isModeratedOut(c)) {
                    double centred = ratings.voteAt(i) - mean[c];
                    for (int j = 0; j < block; j++) {
                        score[j] += centred * basis.data[c * block + j];
                    }
                }
            }
            for (int i = ratings.rowStart(row); i < ratings.rowStart(row + 1); i++) {
                int c = ratings.columnAt(i);
                if (!ratings.isModeratedOut(c)) {
                    double centred = ratings.voteAt(i) - mean[c];
                    for (int j = 0; j < block; j++) {
                        product.data[c * block + j] += centred * score[j];
                    }
                }
            }
        }
    }

    private static DMatrixRMaj randomBlock(int rows, int columns, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DMatrixRMaj block = new DMatrixRMaj(rows, columns);
        for (int i = 0; i < block.data.length; i++) {
            block.data[i] = random.nextDouble(-1, 1);
        }
        return block;
    }

    /**
     * An orthonormal basis of the block's columns: the left singular vectors, which stay orthonormal when the
     * block is rank-deficient (a tiny map has fewer independent opinions than the block has columns).
     */
    private static DMatrixRMaj orthonormal(DMatrixRMaj block) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(block.numRows,
                block.numCols, true, false, true);
        if (!svd.decompose(block.copy())) {
            throw new IllegalStateException("Singular value decomposition failed");
        }
        return svd.getU(null, false);
    }

    /** The eigenvectors of the two largest eigenvalues of a small symmetric matrix, as rows. */
    private static double[][] topEigenvectors(DMatrixRMaj symmetric) {
        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(symmetric.numRows, true, true);
        if (!eigen.decompose(symmetric.copy())) {
            throw new IllegalStateException("Eigen decomposition failed");
        }
        int size = symmetric.numRows;
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(eigen.getEigenvalue(b).real, eigen.getEigenvalue(a).real));
        double[][] vectors = new double[2][];
        for (int k = 0; k < 2; k++) {
            vectors[k] = k < size ? eigen.getEigenVector(order[k]).data.clone() : new double[size];
        }
        return vectors;
    }

    private static double[] signFixed(DMatrixRMaj vectors, int column) {
        double[] component = new double[vectors.numRows];
        int largest = 0;
        for (int c = 0; c < component.length; c++) {
            component[c] = vectors.get(c, column);
            if (Math.abs(component[c]) > Math.abs(component[largest]) + 1e-12) {
                largest = c;
            }
        }
        if (component[largest] < 0) {
            for (int c = 0; c < component.length; c++) {
                component[c] = -component[c];
            }
        }
        return component;
    }

    /**
     * Pol.is's sparsity-aware projection: the centred votes cast (moderated-out statements count as cast) onto
     * the components, scaled by sqrt(statements / votes cast) so that people who voted little are not all drawn
     * at the centre.
     */
    public double[][] project(RatingMatrix ratings) {
        int statements = ratings.statementCount();
        int moderated = ratings.moderatedOutCount();
        double[][] points = new double[ratings.participantCount()][2];
        for (int row = 0; row < points.length; row++) {
            int cast = moderated;
            double x = 0;
            double y = 0;
            for (int i = ratings.rowStart(row); i < ratings.rowStart(row + 1); i++) {
                int c = ratings.columnAt(i);
                if (!ratings.isModeratedOut(c)) {
                    double centred = ratings.voteAt(i) - mean[c];
                    x += centred * first[c];
                    y += centred * second[c];
                    cast++;
                }
            }
            double scale = Math.sqrt((double) statements / Math.max(cast, 1));
            points[row][0] = scale * x;
            points[row][1] = scale * y;
        }
        return points;
    }

    /**
     * How far a statement lies from the centre: the length of the point of someone who only agreed with it (Pol.is
     * {@code pca-project-cmnts}; with agree = +1 the centred vote is 1 - mean).
     */
    public double extremity(int column) {
        return Math.sqrt(mean.length) * Math.abs(1 - mean[column]) * Math.hypot(first[column], second[column]);
    }
}
